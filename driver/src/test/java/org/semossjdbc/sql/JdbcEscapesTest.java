package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.testing.ScratchDatabase;

class JdbcEscapesTest {
    private static final Map<Dialect, ScratchDatabase> DATABASES = new EnumMap<>(Dialect.class);

    static Stream<Arguments> escapes() {
        return Corpus.arguments("/sql/escapes.tsv");
    }

    static Stream<Arguments> executable() {
        return escapes().filter(a -> !((Corpus.Line) ((org.junit.jupiter.api.Named<?>) a.get()[0]).getPayload()).cell(3).equals("-"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void translatesLikeTheCorpusSays(Corpus.Line line) {
        assertEquals(line.cell(2), JdbcEscapes.translate(line.cell(1), line.dialect(0)), line.toString());
    }

    /** The translation must also mean the right thing to the real database. */
    @ParameterizedTest
    @MethodSource("executable")
    void translationRunsOnTheRealBackend(Corpus.Line line) throws SQLException {
        Dialect dialect = line.dialect(0);
        ScratchDatabase.Backend backend = switch (dialect) {
            case POSTGRESQL -> ScratchDatabase.Backend.POSTGRES;
            case MARIADB -> ScratchDatabase.Backend.MARIADB;
            default -> ScratchDatabase.Backend.H2;
        };
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        ScratchDatabase db;
        synchronized (DATABASES) {
            db = DATABASES.computeIfAbsent(dialect, d -> ScratchDatabase.create(backend));
        }
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(JdbcEscapes.translate(line.cell(1), dialect))) {
            rs.next();
            String value = rs.getString(1);
            // drivers print timestamps with a trailing ".0"
            assertEquals(line.cell(3), value.endsWith(".0") && line.cell(3).contains(":") ? value.substring(0, value.length() - 2) : value,
                    line.toString());
        }
    }

    @AfterAll
    static void dropDatabases() {
        DATABASES.values().forEach(ScratchDatabase::close);
    }

    @Test
    void textWithoutEscapesIsTheSameInstance() {
        String sql = "SELECT '{not an escape}' FROM t";
        assertSame(sql, JdbcEscapes.translate(sql, Dialect.POSTGRESQL));
        String plain = "SELECT 1";
        assertSame(plain, JdbcEscapes.translate(plain, Dialect.H2));
    }
}
