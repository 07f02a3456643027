package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

/** Rendered statements, single- and multi-row, run on the real databases through plain Statements (the read path). */
class ParsedStatementBackendTest {

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void multiRowInsertStoresEveryRow(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = LiteralBackendTest.dialectOf(backend);
        LiteralRenderer r = new LiteralRenderer(dialect, ZoneOffset.UTC);
        ParsedStatement insert = ParsedStatement.parse("INSERT INTO m (id, name) VALUES (?, ?) -- one row?", dialect);
        List<String[]> rows = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String name = i % 3 == 0 ? null : "row " + i + " it's ?\\";
            rows.add(new String[] {r.integer(i - 250), r.object(name)});
            expected.add((i - 250) + "=" + name);
        }
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE m (id INT PRIMARY KEY, name VARCHAR(40))");
            s.execute(insert.multiRowInsert().orElseThrow().render(rows));
            List<String> actual = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, name FROM m ORDER BY id")) {
                while (rs.next()) {
                    actual.add(rs.getInt(1) + "=" + rs.getString(2));
                }
            }
            assertEquals(expected, actual);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = "POSTGRES")
    void postgresEscapedQuestionMarkReachesTheServerAsTheOperator(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        LiteralRenderer r = new LiteralRenderer(Dialect.POSTGRESQL, ZoneOffset.UTC);
        ParsedStatement p = ParsedStatement.parse(
                "SELECT ?::jsonb ?? 'a', ?::jsonb ?| array['x', 'b'], ?::jsonb ?& array['a', 'b']", Dialect.POSTGRESQL);
        String json = "{\"a\": 1, \"b\": 2}";
        String sql = p.render(new String[] {r.string(json), r.string(json), r.string(json)});
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            assertEquals("true true true", rs.getBoolean(1) + " " + rs.getBoolean(2) + " " + rs.getBoolean(3));
        }
    }
}
