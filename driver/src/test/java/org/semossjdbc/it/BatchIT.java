package org.semossjdbc.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batches ride several statements per request, with exact counts where the write path allows. */
class BatchIT {

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void tenThousandRowsInAtMostTenRequests(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE bulk_t (id INT PRIMARY KEY, label VARCHAR(40), amount DOUBLE PRECISION)");
            }
            setup.semoss.hooks().resetCounters();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bulk_t VALUES (?, ?, ?)")) {
                for (int i = 0; i < 10_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "row '" + i + "' ü");
                    insert.setDouble(3, i / 4.0);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                assertEquals(10_000, counts.length);
                assertTrue(Arrays.stream(counts).allMatch(n -> n == 1), "every row counts 1");
            }
            long requests = setup.semoss.hooks().runPixelCount();
            assertTrue(requests <= 10, requests + " requests");
            assertEquals(10_000, scalar(c, "SELECT COUNT(*) FROM bulk_t"));
            assertEquals(49_995_000, scalar(c, "SELECT SUM(id) FROM bulk_t"));
            assertEquals(1, scalar(c, "SELECT COUNT(*) FROM bulk_t WHERE label = 'row ''9999'' ü'"));
        }
    }

    @Test
    void requestsStayUnderTheFormLimitWhenEncodingMultipliesTheSize() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2); Connection c = setup.connect()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE big_t (id INT PRIMARY KEY, body VARCHAR(20000))");
            }
            // 2,000 characters of U+00E9: 4,000 UTF-8 bytes, each 5 bytes on the wire once percent- and form-encoded.
            String body = "\u00e9".repeat(2_000);
            setup.semoss.hooks().resetCounters();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO big_t VALUES (?, ?)")) {
                for (int i = 0; i < 300; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, body);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                assertTrue(Arrays.stream(counts).allMatch(n -> n == 1));
            }
            // 300 rows x 20 KB on the wire = 6 MB: at least 6 requests of at most 1 MB.
            long requests = setup.semoss.hooks().runPixelCount();
            assertTrue(requests >= 6 && requests <= 14, requests + " requests");
            assertEquals(300, scalar(c, "SELECT COUNT(*) FROM big_t WHERE LENGTH(body) = 2000"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void statementBatchRunsInOrderWithExactCounts(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE sb_t (id INT PRIMARY KEY, v INT)");
            setup.semoss.hooks().resetCounters();
            s.addBatch("INSERT INTO sb_t VALUES (1, 10)");
            s.addBatch("INSERT INTO sb_t VALUES (2, 20)");
            s.addBatch("INSERT INTO sb_t VALUES (3, 30)");
            s.addBatch("UPDATE sb_t SET v = v + 1 WHERE id >= 2");
            s.addBatch("DELETE FROM sb_t WHERE id = 99");
            assertArrayEquals(new int[] {1, 1, 1, 2, 0}, s.executeBatch());
            assertEquals(1, setup.semoss.hooks().runPixelCount(), "one request for the whole batch");
            assertEquals(62, scalar(c, "SELECT SUM(v) FROM sb_t"));

            s.addBatch("CREATE TABLE sb_u (id INT)");
            s.addBatch("INSERT INTO sb_u VALUES (7)");
            assertArrayEquals(new int[] {0, 1}, s.executeBatch());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void failureReportsWhatRanInTheSameRequest(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE bf_t (id INT PRIMARY KEY)");
            s.executeUpdate("INSERT INTO bf_t VALUES (2)");
            s.addBatch("INSERT INTO bf_t VALUES (1)");
            s.addBatch("INSERT INTO bf_t VALUES (2)");
            s.addBatch("INSERT INTO bf_t VALUES (3)");
            BatchUpdateException e = assertThrows(BatchUpdateException.class, s::executeBatch);
            assertEquals("23505", e.getSQLState());
            assertArrayEquals(new long[] {1, Statement.EXECUTE_FAILED, 1}, e.getLargeUpdateCounts());
            assertEquals(3, scalar(c, "SELECT COUNT(*) FROM bf_t"), "1 and 3 ran; the server continues after 2");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void failingMultiRowChunkMarksItsRowsFailed(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE mf_t (id INT PRIMARY KEY)");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mf_t VALUES (?)")) {
                for (int id : new int[] {1, 2, 2}) {
                    p.setInt(1, id);
                    p.addBatch();
                }
                BatchUpdateException e = assertThrows(BatchUpdateException.class, p::executeBatch);
                assertArrayEquals(new int[] {Statement.EXECUTE_FAILED, Statement.EXECUTE_FAILED,
                        Statement.EXECUTE_FAILED}, e.getUpdateCounts());
            }
            // PostgreSQL undoes the whole statement; H2 1.4.200 keeps the rows before the failing one (documented).
            assertEquals(backend == Backend.H2 ? 2 : 0, scalar(c, "SELECT COUNT(*) FROM mf_t"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void batchGeneratedKeys(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            String identity = backend == Backend.H2 ? "INT AUTO_INCREMENT PRIMARY KEY" : "SERIAL PRIMARY KEY";
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE bk_t (id " + identity + ", name VARCHAR(10))");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bk_t (name) VALUES (?)", new String[] {"id"})) {
                for (String name : new String[] {"a", "b", "c"}) {
                    p.setString(1, name);
                    p.addBatch();
                }
                assertArrayEquals(new int[] {1, 1, 1}, p.executeBatch());
                try (ResultSet keys = p.getGeneratedKeys()) {
                    long sum = 0;
                    int n = 0;
                    while (keys.next()) {
                        sum += keys.getLong(1);
                        n++;
                    }
                    assertEquals(3, n);
                    assertEquals(6, sum);
                }
            }
        }
    }

    /**
     * A batch rewritten into multi-row INSERTs (1,000 rows each) returns every generated key, in the order of the
     * batch, from each backend's RETURNING form (H2 FINAL TABLE), in one request for 2,500 rows.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void batchGeneratedKeysOfRewrittenMultiRowInserts(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            String identity = switch (backend) {
                case H2 -> "INT AUTO_INCREMENT PRIMARY KEY";
                case POSTGRES -> "SERIAL PRIMARY KEY";
                case MARIADB -> "INT AUTO_INCREMENT PRIMARY KEY";
            };
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE bkm_t (id " + identity + ", name VARCHAR(10))");
            }
            int rows = 2_500;
            setup.semoss.hooks().resetCounters();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bkm_t (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < rows; i++) {
                    p.setString(1, "n" + i);
                    p.addBatch();
                }
                int[] counts = p.executeBatch();
                assertEquals(rows, counts.length);
                assertTrue(Arrays.stream(counts).allMatch(n -> n == 1), "every row counts 1");
                assertEquals(1, setup.semoss.hooks().runPixelCount(), "three multi-row INSERTs in one request");
                try (ResultSet keys = p.getGeneratedKeys()) {
                    long previous = 0;
                    for (int i = 0; i < rows; i++) {
                        assertTrue(keys.next(), "key " + i);
                        long id = keys.getLong("id");
                        assertTrue(id > previous, "keys ascend in batch order");
                        assertEquals("n" + i, keys.getString("name"), "key row " + i + " is batch row " + i);
                        previous = id;
                    }
                    assertFalse(keys.next());
                    assertEquals(previous, scalar(c, "SELECT id FROM bkm_t WHERE name = 'n" + (rows - 1) + "'"));
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bkm_t (name) VALUES (?)", new String[] {"id"})) {
                for (int i = 0; i < rows; i++) {
                    p.setString(1, "m" + i);
                    p.addBatch();
                }
                p.executeBatch();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    assertEquals(1, keys.getMetaData().getColumnCount());
                    long sum = 0;
                    int n = 0;
                    while (keys.next()) {
                        sum += keys.getLong(1);
                        n++;
                    }
                    assertEquals(rows, n);
                    assertEquals(scalar(c, "SELECT SUM(id) FROM bkm_t WHERE name LIKE 'm%'"), sum);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void generatedKeysByColumnIndexAndNeverNull(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect();
             Statement s = c.createStatement()) {
            String identity = backend == Backend.H2 ? "INT AUTO_INCREMENT PRIMARY KEY" : "SERIAL PRIMARY KEY";
            s.executeUpdate("CREATE TABLE ki_t (name VARCHAR(10), id " + identity + ")");
            try (ResultSet none = s.getGeneratedKeys()) {
                assertTrue(!none.next(), "no keys yet, but a result set");
            }
            assertEquals(1, s.executeUpdate("INSERT INTO ki_t (name) VALUES ('x')", new int[] {2}));
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertEquals(1, keys.getMetaData().getColumnCount());
                assertTrue(keys.next());
                assertEquals(1, keys.getLong(1));
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ki_t (name) VALUES (?)", new int[] {2})) {
                p.setString(1, "y");
                assertEquals(1, p.executeUpdate());
                try (ResultSet keys = p.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    assertEquals(2, keys.getLong(1));
                    assertEquals(1, keys.getMetaData().getColumnCount());
                }
            }
        }
    }

    @Test
    void auditedCountsAreNoInfoAndQueriesAreRefused() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2); Connection c = setup.connect("updateCounts=audited");
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE au_t (id INT)");
            s.addBatch("INSERT INTO au_t VALUES (1)");
            s.addBatch("INSERT INTO au_t VALUES (2)");
            assertArrayEquals(new int[] {Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO}, s.executeBatch());
            assertTrue(s.getWarnings().getMessage().contains("SUCCESS_NO_INFO"));
            s.addBatch("INSERT INTO au_t VALUES (3)");
            s.addBatch("SELECT * FROM au_t");
            setup.semoss.hooks().resetCounters();
            BatchUpdateException e = assertThrows(BatchUpdateException.class, s::executeBatch);
            assertEquals(0, e.getUpdateCounts().length);
            assertEquals(0, setup.semoss.hooks().runPixelCount(), "nothing was sent");
        }
    }

    @Test
    void readOnlyUserBatchIsRefusedBeforeSending() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2); Connection c = setup.connectReader();
             Statement s = c.createStatement()) {
            s.addBatch("INSERT INTO nowhere VALUES (1)");
            assertEquals("42501", assertThrows(SQLException.class, s::executeBatch).getSQLState());
        }
    }
}
