package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The driver sends a write in a counting form (and an INSERT whose keys are wanted in a RETURNING form); when the
 * server's error message quotes that form, a note says so, and the exception keeps its class and SQLState. A message
 * that quotes nothing of it is left as the server wrote it.
 */
class RewrittenStatementErrorsIT {
    private static final String NOTE = "the driver ran the statement inside a counting query";

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES", "MARIADB"})
    void aDuplicateKeyExplainsTheCountingFormWhenTheServerQuotesIt(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE dup_t (id INT PRIMARY KEY, name VARCHAR(20))");
            s.executeUpdate("INSERT INTO dup_t VALUES (1, 'first')");
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO dup_t VALUES (1, 'again')"));
            assertInstanceOf(SQLIntegrityConstraintViolationException.class, e);
            assertEquals("23505", e.getSQLState());
            boolean quoted = e.getMessage().toUpperCase().contains("COUNT(*)");
            assertEquals(quoted, e.getMessage().contains(NOTE),
                    "a note exactly when the counting form is quoted: " + e.getMessage());
            if (backend == Backend.H2) {
                assertTrue(quoted, "H2 quotes the statement it ran: " + e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2"})
    void aSyntaxErrorInAWriteAndInABatchSaysWhereTheQuotedSqlComesFrom(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE syn_t (id INT PRIMARY KEY)");
            SQLException single = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE syn_t SET id = id + WHERE id = 1"));
            assertTrue(single.getSQLState().startsWith("42"), single.getSQLState() + " " + single.getMessage());
            assertTrue(single.getMessage().contains(NOTE), single.getMessage());

            s.addBatch("INSERT INTO syn_t VALUES (1)");
            s.addBatch("INSERT INTO syn_t VALUES (1)");
            BatchUpdateException batch = assertThrows(BatchUpdateException.class, s::executeBatch);
            assertEquals("23505", batch.getSQLState(), batch.getMessage());
            assertTrue(batch.getMessage().contains(NOTE), batch.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2"})
    void generatedKeysErrorsNameTheReturningForm(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE key_t (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) UNIQUE)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO key_t (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "ann");
                assertEquals(1, insert.executeUpdate());
                SQLException e = assertThrows(SQLException.class, insert::executeUpdate);
                assertEquals("23505", e.getSQLState());
                assertTrue(e.getMessage().contains("RETURNING form to read the generated keys"), e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2"})
    void aStatementSentAsWrittenGetsTheServersMessageUnchanged(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("updateCounts=audited"); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE plain_t (id INT PRIMARY KEY)");
            s.executeUpdate("INSERT INTO plain_t VALUES (1)");
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO plain_t VALUES (1)"));
            assertEquals("23505", e.getSQLState());
            assertFalse(e.getMessage().contains(NOTE), e.getMessage());
        }
    }
}
