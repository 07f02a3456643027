package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.testmodels.User;

/**
 * The injection corpus ({@code injection-corpus.tsv}): hostile column names and order terms are errors before any
 * SQL; hostile values are stored and found literally. A canary table must stay untouched throughout.
 */
class InjectionTest {

    private static final String BACKENDS = "org.semossjdbc.orm.TestBackend#all";

    record Case(String kind, String payload) {
    }

    static List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                InjectionTest.class.getResourceAsStream("/injection-corpus.tsv")), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                cases.add(new Case(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void hostileNamesAreErrorsAndHostileValuesAreData(TestBackend backend) throws IOException {
        backend.use();
        backend.createTable("users", User.COLUMNS);
        backend.createTable("canary", "id INT PRIMARY KEY, marker VARCHAR(20)");
        backend.ddl("INSERT INTO canary VALUES (1, 'alive')");
        List<Case> corpus = corpus();
        List<Executable> checks = new ArrayList<>();
        for (Case c : corpus) {
            checks.add(() -> check(c));
        }
        assertAll(checks);
        assertEquals("alive", backend.queryDirect("SELECT marker FROM canary WHERE id = 1"));
        assertEquals("1", backend.queryDirect("SELECT COUNT(*) FROM canary"));
        long values = corpus.stream().filter(c -> c.kind().equals("value")).count();
        assertEquals(String.valueOf(values), backend.queryDirect("SELECT COUNT(*) FROM users"),
                "exactly one row per value case: no statement was split or altered");
    }

    private static void check(Case c) {
        switch (c.kind()) {
            case "column" -> {
                assertThrows(IllegalArgumentException.class, () -> User.find.where(c.payload(), 1), c.payload());
                assertThrows(IllegalArgumentException.class, () -> User.find.pluck(c.payload()), c.payload());
                assertThrows(IllegalArgumentException.class,
                        () -> User.find.where(Condition.of(c.payload(), "=", "x")), c.payload());
            }
            case "order" -> assertThrows(IllegalArgumentException.class, () -> User.find.orderBy(c.payload()),
                    c.payload());
            case "value" -> {
                User user = new User(c.payload(), c.payload(), 1, true);
                user.save();
                User found = User.find.where("name", c.payload()).first()
                        .orElseThrow(() -> new AssertionError("not found by value: " + c.payload()));
                assertEquals(c.payload(), found.name);
                assertEquals(c.payload(), found.email);
                assertEquals(1, User.find.where("email", "LIKE", c.payload()).where("id", user.id).count()
                        + User.find.where("email", "NOT LIKE", c.payload()).where("id", user.id).count());
                found.email = c.payload() + c.payload();
                found.save();
                assertEquals(c.payload() + c.payload(), User.find.get(user.id).orElseThrow().email);
            }
            default -> throw new IllegalArgumentException("Unknown corpus kind " + c.kind());
        }
    }
}
