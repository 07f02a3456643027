package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.semossjdbc.emulator.pixel.UrlCodec;
import org.semossjdbc.testing.ScratchDatabase;

/** A MariaDB engine through mariadb-java-client 1.1.9 (300-370). */
class MariaDbEngineTest extends ExternalBackendTest {

    @Override
    ScratchDatabase.Backend backend() {
        return ScratchDatabase.Backend.MARIADB;
    }

    @Override
    String connectionDetails(String userKey) {
        return "{\"dbDriver\": \"MARIA_DB\", " + hostAndPort() + ", \"schema\": \""
                + database.name() + "\", \"" + userKey + "\": \"root\"}";
    }

    @Test
    void valuesAreRenderedAsRecorded() throws IOException {
        assertTypesTableMatches("305", "306", "307");
    }

    @Test
    void updateOnTheReadPathFailsInsideTheOldDriverAfterCommitting() {
        TestClient.Response response = read("UPDATE people SET name = 'Changed' WHERE id = 1");
        assertEquals("Cannot invoke \"org.mariadb.jdbc.internal.mysql.MySQLProtocol.getInfo()\" because "
                + "\"this.protocol\" is null", response.output(0).asText());
        assertEquals("Changed", firstValue("SELECT name FROM people WHERE id = 1"));
    }

    @Test
    void severalStatementsInOneStringAreASyntaxErrorAndNothingRuns() {
        String output = write("INSERT INTO people VALUES (7, 'g'); INSERT INTO people VALUES (8, 'h')").output(0)
                .asText();
        assertTrue(output.startsWith("An error occurred trying to execute the query in the database: You have an "
                + "error in your SQL syntax"), output);
        assertTrue(output.endsWith("\nQuery is:\nsql : 'INSERT INTO people VALUES (7, 'g'); INSERT INTO people "
                + "VALUES (8, 'h')'"), output);
        assertEquals("0", firstValue("SELECT COUNT(*) FROM people WHERE id >= 7"));
    }

    @Test
    void questionMarkIsAParameterMarkerOnTheWritePath() {
        assertEquals("An error occurred trying to execute the query in the database: You need to set exactly 1 "
                        + "parameters on the prepared statement",
                write("UPDATE people SET name = name WHERE id = 1 AND 'what?' <> ? ").output(0).asText());
    }

    @Test
    void rowCountIsResetByTheCommitOfExecQuery() {
        String insight = client.runPixel("META | true;", "new").insightId();
        TestClient.Response update = client.runPixel("META | Database(database=\"ext\")|Query(\""
                + UrlCodec.encode("UPDATE people SET name = CONCAT(name, '!')") + "\")|ExecQuery(commit=true);", insight);
        assertEquals("true", update.output(0).toString());
        TestClient.Response count = client.runPixel("META | Database(database=\"ext\")|Query(\"SELECT%20ROW_COUNT"
                + "%28%29%20AS%20n\")|Collect(-1);", insight);
        assertEquals("[[0]]", count.output(0).get("data").get("values").toString());
    }

    @Test
    void physicalStructureFindsNothingOnMariaDb() {
        assertEquals("{}", client.runPixel("GetDatabaseTablePhysicalStructure(database=[\"ext\"], table=[\"people\"]);",
                "new").output(0).toString());
    }
}
