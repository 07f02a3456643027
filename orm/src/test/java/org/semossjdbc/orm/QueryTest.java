package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.testmodels.User;

/** The query API: operators, OR groups, ordering, first/pluck/exists, immutability and keyset batches. */
class QueryTest {

    private static final String BACKENDS = "org.semossjdbc.orm.TestBackend#all";

    private static void seed(TestBackend backend) {
        backend.use();
        backend.createTable("users", User.COLUMNS);
        List<User> users = new ArrayList<>();
        String[] names = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
        for (int i = 0; i < names.length; i++) {
            User user = new User(names[i], i % 3 == 0 ? null : names[i] + "@example.com", 15 + i * 5, i % 2 == 0);
            users.add(user);
        }
        SemossModel.saveAll(users);
        backend.resetLog();
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(u -> u.name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void comparisonOperators(TestBackend backend) {
        seed(backend);
        assertEquals(List.of("carol", "dave", "erin", "frank", "grace", "heidi"),
                names(User.find.where("age", ">=", 25).all()));
        assertEquals(List.of("alice", "bob"), names(User.find.where("age", "<", 25).all()));
        assertEquals(List.of("alice", "carol", "dave", "erin", "frank", "grace", "heidi"),
                names(User.find.where("name", "!=", "bob").all()));
        assertEquals(List.of("bob", "carol"), names(User.find.where("age", ">", 15).where("age", "<=", 25).all()));
        assertEquals(2, User.find.where("age", "<>", 15L).where("age", "<", 30).count(), "Long for an int column");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void inLikeAndNullTests(TestBackend backend) {
        seed(backend);
        assertEquals(List.of("bob", "dave"), names(User.find.whereIn("name", List.of("dave", "bob", "zed")).all()));
        assertEquals(List.of(), names(User.find.whereIn("name", List.of()).all()), "empty IN matches nothing");
        assertEquals(6, User.find.where("name", "not in", List.of("alice", "bob")).count());
        assertEquals(List.of("frank"), names(User.find.where("email", "LIKE", "%r%@%").where("age", ">", 35)
                .all()));
        assertEquals(List.of("alice", "dave", "grace"), names(User.find.where("email", null).all()));
        assertEquals(List.of("alice", "dave", "grace"), names(User.find.where(Condition.isNull("email")).all()));
        assertEquals(5, User.find.where(Condition.isNotNull("email")).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void orGroups(TestBackend backend) {
        seed(backend);
        List<User> found = User.find
                .whereAny(Condition.eq("name", "bob"), Condition.of("age", ">", 40))
                .where("active", true)
                .all();
        assertEquals(List.of("grace"), names(found), "(name = bob OR age > 45) AND active");
        Condition nested = Condition.eq("name", "alice").or(Condition.allOf(Condition.isNull("email"),
                Condition.of("age", ">=", 45)));
        assertEquals(List.of("alice", "grace"), names(User.find.where(nested).all()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void orderingAndFirst(TestBackend backend) {
        seed(backend);
        assertEquals("heidi", User.find.orderBy("-age").first().orElseThrow().name);
        assertEquals("alice", User.find.first().orElseThrow().name, "first() without order is by primary key");
        String firstSql = backend.selectsSent().get(backend.selectsSent().size() - 1).toUpperCase(Locale.ROOT);
        assertTrue(firstSql.contains("ORDER BY") && firstSql.contains("ID"), firstSql);
        assertEquals(List.of("alice", "carol", "erin", "grace", "bob", "dave", "frank", "heidi"),
                names(User.find.orderBy("-active", "name").all()));
        assertTrue(User.find.where("age", ">", 100).first().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void pluckAndExists(TestBackend backend) {
        seed(backend);
        List<Integer> ages = User.find.where("active", true).orderBy("-age").pluck("age");
        assertEquals(List.of(45, 35, 25, 15), ages);
        assertTrue(User.find.where("name", "erin").exists());
        assertFalse(User.find.where("name", "nobody").exists());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void queriesAreImmutable(TestBackend backend) {
        seed(backend);
        Query<User> active = User.find.where("active", true);
        Query<User> older = active.where("age", ">", 30);
        Query<User> limited = active.orderBy("-age").limit(1);
        assertEquals(4, active.count());
        assertEquals(2, older.count());
        assertEquals(List.of("grace"), names(limited.all()));
        assertEquals(4, active.all().size(), "reusing the chain never changes it");
        assertEquals(8, User.find.count(), "the finder itself holds no conditions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void findEachWalksTheKeyNotOffsets(TestBackend backend) {
        seed(backend);
        List<String> seen = new ArrayList<>();
        User.find.where("age", ">", 15).findEach(3, user -> seen.add(user.name));
        assertEquals(List.of("bob", "carol", "dave", "erin", "frank", "grace", "heidi"), seen);
        List<String> selects = backend.selectsSent();
        assertEquals(3, selects.size(), "7 rows in batches of 3: " + selects);
        for (String sql : selects) {
            assertFalse(sql.toUpperCase(Locale.ROOT).contains("OFFSET"), sql);
        }
        assertTrue(selects.get(1).contains(">"), selects.get(1));
        assertThrows(IllegalStateException.class, () -> User.find.orderBy("name").findEach(2, u -> { }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void unknownNamesAndBadValuesFailBeforeAnySql(TestBackend backend) {
        seed(backend);
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> User.find.where("nope", 1));
        assertTrue(column.getMessage().contains("nope") && column.getMessage().contains("User"),
                column.getMessage());
        assertThrows(IllegalArgumentException.class, () -> User.find.orderBy("-nope"));
        assertThrows(IllegalArgumentException.class, () -> User.find.where("age", "==", 1));
        assertThrows(IllegalArgumentException.class, () -> User.find.where("age", "abc"));
        assertThrows(IllegalArgumentException.class, () -> User.find.pluck("age; DROP TABLE users"));
        assertThrows(IllegalArgumentException.class, () -> User.find.include("friends"));
        assertTrue(backend.executed().isEmpty(), backend.executed().toString());
    }
}
