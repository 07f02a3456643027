package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlScriptTest {

    static Stream<Arguments> cases() {
        return SqlScript.resource("/sql-script-cases.txt").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] parts = line.split("\\|", -1);
                    List<String> expected = parts[1].isEmpty() ? List.of()
                            : Arrays.stream(parts[1].split(" ;; ")).map(SqlScriptTest::unescape).toList();
                    return Arguments.of(unescape(parts[0]), expected);
                });
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void splitsIntoStatements(String script, List<String> expected) {
        assertEquals(expected, SqlScript.statements(script));
    }

    @Test
    void quartzSchemasSplitIntoCreateAndAlterStatementsOnly() {
        for (String script : List.of("tables_h2.sql", "tables_postgres.sql")) {
            List<String> statements = SqlScript.statements(
                    SqlScript.resource("/org/quartz/impl/jdbcjobstore/" + script));
            assertTrue(statements.size() > 20, script);
            statements.forEach(sql -> assertTrue(sql.matches("(?s)(CREATE|ALTER|DROP) .*"), script + ": " + sql));
        }
    }
}
