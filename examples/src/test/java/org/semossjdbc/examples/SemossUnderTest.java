package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * The examples' test bed: a scratch database on one backend behind an embedded emulator, reached through
 * {@code jdbc:semoss:}. PostgreSQL is skipped visibly unless the {@code services} profile configures it.
 */
final class SemossUnderTest implements AutoCloseable {

    final ScratchDatabase database;
    final EmbeddedSemoss semoss;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private SemossUnderTest(ScratchDatabase database, EmbeddedSemoss semoss) {
        this.database = database;
        this.semoss = semoss;
    }

    static SemossUnderTest start(ScratchDatabase.Backend backend) {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");
        ScratchDatabase database = ScratchDatabase.create(backend);
        try {
            return new SemossUnderTest(database, EmbeddedSemoss.over(database.jdbcUrl()));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    SemossTarget target() {
        return semoss.target();
    }

    HikariDataSource pool(int size) {
        return HikariExample.pool(target(), size);
    }

    /** What the example printed; echoed to the test log so a failing run shows its story. */
    String printed() {
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        return text;
    }

    /** Counts rows straight in the database, bypassing SEMOSS and the driver. */
    long countDirectly(String sqlCount) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sqlCount)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every SQL string the engine ran for clients, in order (the emulator's log). */
    List<String> executedSql() {
        return semoss.emulator().hooks().executedSql(EmbeddedSemoss.ENGINE);
    }

    @Override
    public void close() {
        try {
            semoss.close();
        } finally {
            database.close();
        }
    }
}
