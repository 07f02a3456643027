package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.semossjdbc.orm.testmodels.User;

/**
 * The SQL the builder writes per dialect, one case per line of {@code sql-builder.tsv}: quoted, folded identifiers,
 * lossless select expressions, and a {@code ?} for every value.
 */
class SqlBuilderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/sql-builder.tsv", delimiter = '\t', quoteCharacter = '\u0001')
    void builds(SqlDialect dialect, String operations, String expected) {
        Query<User> query = new Query<>(ModelMetadata.of(User.class), List.of(), List.of(), null, null, List.of());
        SqlBuilder builder = new SqlBuilder(ModelMetadata.of(User.class), dialect);
        String terminal = "select";
        String pluck = null;
        for (String operation : operations == null ? new String[0] : operations.split("; ")) {
            String[] words = operation.split(" ", 4);
            switch (words[0]) {
                case "where" -> query = query.where(words[1], words[2], value(words[3]));
                case "in" -> query = query.whereIn(words[1], Collections.nCopies(Integer.parseInt(words[2]), "v"));
                case "null" -> query = query.where(Condition.isNull(words[1]));
                case "any" -> {
                    List<Condition> parts = new ArrayList<>();
                    for (String pair : words[1].split(",")) {
                        String[] kv = pair.split("=");
                        parts.add(Condition.eq(kv[0], value(kv[1])));
                    }
                    query = query.whereAny(parts.toArray(Condition[]::new));
                }
                case "order" -> query = query.orderBy(words[1].split(","));
                case "limit" -> query = query.limit(Long.parseLong(words[1]));
                case "offset" -> query = query.offset(Long.parseLong(words[1]));
                case "count", "exists" -> terminal = words[0];
                case "pluck" -> {
                    terminal = "pluck";
                    pluck = words[1];
                }
                default -> throw new IllegalArgumentException("Unknown operation " + operation);
            }
        }
        SqlStatement statement = switch (terminal) {
            case "count" -> builder.count(query);
            case "exists" -> builder.exists(query);
            case "pluck" -> builder.pluck(query, ModelMetadata.of(User.class).property(pluck));
            default -> builder.select(query);
        };
        assertEquals(expected, statement.sql());
        assertEquals(statement.sql().chars().filter(c -> c == '?').count(), statement.parameters().size(),
                "one parameter per marker");
    }

    /** Corpus values: numbers for numeric columns, booleans, else text. */
    private static Object value(String text) {
        if (text.matches("-?\\d+")) {
            return Integer.parseInt(text);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }
}
