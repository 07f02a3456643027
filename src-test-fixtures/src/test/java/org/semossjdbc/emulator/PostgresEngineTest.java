package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.semossjdbc.testing.ScratchDatabase;

/** A PostgreSQL engine through pgjdbc 42.7.2 (200-266). */
class PostgresEngineTest extends ExternalBackendTest {

    @Override
    ScratchDatabase.Backend backend() {
        return ScratchDatabase.Backend.POSTGRES;
    }

    @Override
    String connectionDetails(String userKey) {
        return "{\"dbDriver\": \"POSTGRES\", " + hostAndPort() + ", \"database\": \""
                + database.name() + "\", \"schema\": \"public\", \"" + userKey + "\": \"postgres\"}";
    }

    @Test
    void valuesAreRenderedAsRecorded() throws IOException {
        assertTypesTableMatches("204", "205", "206");
    }

    @Test
    void plainUpdateOnTheReadPathFailsAfterCommitting() {
        TestClient.Response response = read("UPDATE people SET name = 'Changed' WHERE id = 1");
        assertEquals("No results were returned by the query.", response.output(0).asText());
        assertEquals("Changed", firstValue("SELECT name FROM people WHERE id = 1"));
    }

    @Test
    void trailingStatementOnTheReadPathRunsAlthoughTheReadFails() {
        TestClient.Response response = read("SELECT 1 AS a; INSERT INTO people VALUES (5, 'e')");
        assertEquals("Multiple ResultSets were returned by the query.", response.output(0).asText());
        assertEquals("1", firstValue("SELECT COUNT(*) FROM people WHERE id = 5"));
    }

    @Test
    void questionMarkIsAParameterMarkerOnTheWritePathOnly() {
        String sql = "UPDATE people SET name = name WHERE '{\"a\": 1}'::jsonb ? 'a' AND id = 1";
        assertEquals("An error occurred trying to execute the query in the database: No value specified for "
                + "parameter 1.", write(sql).output(0).asText());
        assertEquals("true", write(sql.replace("?", "??")).output(0).toString());
        assertEquals("true", firstValue("SELECT '{\"a\": 1}'::jsonb ? 'a'"));
    }

    @Test
    void errorTextsCarryTheWritePrefixOnlyOnTheWritePath() {
        assertEquals("ERROR: relation \"no_such_t\" does not exist\n  Position: 15",
                read("SELECT * FROM no_such_t").output(0).asText());
        assertEquals("An error occurred trying to execute the query in the database: ERROR: duplicate key value "
                + "violates unique constraint \"people_pkey\"\n  Detail: Key (id)=(1) already exists.",
                write("INSERT INTO people VALUES (1, 'dup')").output(0).asText());
    }

    @Test
    void transactionInsideOneExecQueryRollsBack() {
        write("BEGIN; UPDATE people SET name = 'x' WHERE id = 2; ROLLBACK");
        assertEquals("Bob", firstValue("SELECT name FROM people WHERE id = 2"));
    }
}
