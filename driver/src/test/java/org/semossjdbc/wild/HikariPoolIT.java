package org.semossjdbc.wild;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.it.EmulatorSetup;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HikariCP configured by class name and bean properties, as its users configure it. */
class HikariPoolIT {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 500;

    private static HikariDataSource pool(EmulatorSetup setup) {
        HikariConfig config = new HikariConfig();
        config.setDataSourceClassName("org.semossjdbc.jdbc.SemossDataSource");
        config.addDataSourceProperty("url", setup.url());
        config.addDataSourceProperty("user", EmulatorSetup.ACCESS);
        config.addDataSourceProperty("password", EmulatorSetup.SECRET);
        config.addDataSourceProperty("fetchSize", "500");
        config.setMaximumPoolSize(4);
        config.setPoolName("semoss-test");
        return new HikariDataSource(config);
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES", "MARIADB"})
    void eightThreadsThroughFourConnections(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); HikariDataSource pool = pool(setup)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE pool_t (thread_no INT, seq INT, PRIMARY KEY (thread_no, seq))");
            }
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    results.add(threads.submit(() -> insertAll(pool, thread)));
                }
                for (Future<Integer> result : results) {
                    assertEquals(PER_THREAD, result.get());
                }
            } finally {
                threads.shutdown();
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT thread_no, COUNT(*), MIN(seq), MAX(seq) FROM pool_t "
                         + "GROUP BY thread_no ORDER BY thread_no")) {
                for (int t = 0; t < THREADS; t++) {
                    assertTrue(rs.next());
                    assertEquals(t, rs.getInt(1));
                    assertEquals(PER_THREAD, rs.getInt(2));
                    assertEquals(0, rs.getInt(3));
                    assertEquals(PER_THREAD - 1, rs.getInt(4));
                }
            }
            assertEquals(4, pool.getHikariPoolMXBean().getTotalConnections());
        }
    }

    /** Alternates writes and reads on whatever pooled connection it gets; returns the rows it counted back. */
    private static int insertAll(HikariDataSource pool, int thread) throws SQLException {
        int seen = 0;
        for (int i = 0; i < PER_THREAD; i++) {
            try (Connection c = pool.getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO pool_t VALUES (?, ?)")) {
                insert.setInt(1, thread);
                insert.setInt(2, i);
                assertEquals(1, insert.executeUpdate());
            }
        }
        try (Connection c = pool.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM pool_t WHERE thread_no = ?")) {
            count.setInt(1, thread);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                seen = rs.getInt(1);
            }
        }
        return seen;
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2"})
    void expiredSessionsAreRecoveredInPooledConnections(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); HikariDataSource pool = pool(setup)) {
            List<Connection> held = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                held.add(pool.getConnection());
            }
            for (Connection c : held) {
                c.close();
            }
            setup.semoss().hooks().expireAllSessions();
            for (int i = 0; i < 8; i++) {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT 41 + 1")) {
                    assertTrue(c.isValid(5));
                    rs.next();
                    assertEquals(42, rs.getInt(1));
                }
            }
        }
    }
}
