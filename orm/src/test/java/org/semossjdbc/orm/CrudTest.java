package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.testmodels.OrderLine;
import org.semossjdbc.orm.testmodels.User;

/**
 * The sqlalchemy-semoss ORM test cases (save inserts and reads the key back, save updates, get, find, all, count,
 * where/order_by/limit/offset chains, delete), run against real databases instead of a mock, plus what that ORM
 * got wrong: updates of every column, values as strings.
 */
class CrudTest {

    private static final String BACKENDS = "org.semossjdbc.orm.TestBackend#all";

    private static void seed(TestBackend backend) {
        backend.use();
        backend.createTable("users", User.COLUMNS);
        SemossModel.saveAll(List.of(
                new User("alice", "alice@example.com", 30, true),
                new User("bob", "bob@example.com", 25, false),
                new User("carol", null, 41, true),
                new User("dave", "dave@example.com", 17, true)));
        backend.resetLog();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void saveInsertsAndReadsTheGeneratedKeyBack(TestBackend backend) {
        seed(backend);
        User user = new User("erin", "erin@example.com", 22, true);
        assertTrue(user.isNew());
        user.save();
        assertNotNull(user.id, "generated key read back");
        assertFalse(user.isNew());
        assertEquals(String.valueOf(user.id), backend.queryDirect("SELECT id FROM users WHERE name = 'erin'"));
        List<String> inserts = backend.executed().stream().filter(s -> s.startsWith("INSERT")).toList();
        assertEquals(1, inserts.size(), backend.executed().toString());
        String insert = inserts.get(0);
        List<String> columns = List.of(insert.substring(insert.indexOf('(') + 1, insert.indexOf(')'))
                .replaceAll("[\"`]", "").toLowerCase(Locale.ROOT).split(", "));
        assertEquals(List.of("name", "email", "age", "active", "created_at"), columns,
                "a generated key is not inserted: " + insert);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void saveUpdatesOnlyTheChangedColumns(TestBackend backend) {
        seed(backend);
        User bob = User.find.where("name", "bob").first().orElseThrow();
        bob.age = 26;
        assertEquals(java.util.Set.of("age"), bob.changedFields());
        bob.save();
        List<String> updates = backend.executed().stream().filter(s -> s.startsWith("UPDATE")).toList();
        assertEquals(1, updates.size());
        String update = updates.get(0).toLowerCase(Locale.ROOT);
        assertTrue(update.contains("age"), update);
        assertFalse(update.contains("email") || update.contains("name") || update.contains("active"),
                "only the changed column is written: " + update);
        assertEquals(26, User.find.get(bob.id).orElseThrow().age);

        backend.resetLog();
        bob.save(); // nothing changed: nothing sent
        assertTrue(backend.executed().isEmpty(), backend.executed().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void getFindsByPrimaryKeyWithTypedValues(TestBackend backend) {
        seed(backend);
        Long aliceId = User.find.where("name", "alice").first().orElseThrow().id;
        User alice = User.find.get(aliceId).orElseThrow();
        assertEquals("alice", alice.name);
        assertEquals(Integer.valueOf(30), alice.age, "an Integer, not the string \"30\"");
        assertEquals(Boolean.TRUE, alice.active);
        assertTrue(User.find.get(-1L).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void findMatchesAllGivenColumns(TestBackend backend) {
        seed(backend);
        List<User> found = User.find.find(Map.of("active", true, "age", 41));
        assertEquals(List.of("carol"), found.stream().map(u -> u.name).toList());
        assertTrue(User.find.find(Map.of("name", "nobody")).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void allReturnsEveryRowInKeyOrder(TestBackend backend) {
        seed(backend);
        assertEquals(List.of("alice", "bob", "carol", "dave"), User.find.all().stream().map(u -> u.name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void countIsANumber(TestBackend backend) {
        seed(backend);
        assertEquals(4L, User.find.count());
        assertEquals(3L, User.find.where("active", true).count());
        assertEquals(2L, User.find.orderBy("name").limit(2).count(), "count respects limit");
        assertEquals(1L, User.find.offset(3).count(), "count respects offset");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void whereOrderByLimitOffsetChain(TestBackend backend) {
        seed(backend);
        List<User> page = User.find.where("active", true).orderBy("-age").limit(2).offset(1).all();
        assertEquals(List.of("alice", "dave"), page.stream().map(u -> u.name).toList());
        assertEquals(List.of("bob", "alice"),
                User.find.where("age", "<", 35).orderBy("age").offset(1).limit(2).all().stream()
                        .map(u -> u.name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void deleteRemovesTheRow(TestBackend backend) {
        seed(backend);
        User carol = User.find.where("name", "carol").first().orElseThrow();
        carol.delete();
        assertTrue(carol.isDeleted());
        assertEquals(3L, User.find.count());
        assertTrue(User.find.get(carol.id).isEmpty());
        assertThrows(IllegalStateException.class, carol::save);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void reloadDiscardsLocalChanges(TestBackend backend) {
        seed(backend);
        User dave = User.find.where("name", "dave").first().orElseThrow();
        dave.email = "changed locally";
        backend.ddl("UPDATE users SET age = 18 WHERE name = 'dave'");
        dave.reload();
        assertEquals("dave@example.com", dave.email);
        assertEquals(18, dave.age);
        assertTrue(dave.changedFields().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void snakeCaseConventionsAndColumnOverrides(TestBackend backend) {
        backend.use();
        backend.createTable("order_line", OrderLine.COLUMNS);
        OrderLine line = new OrderLine();
        line.productCode = "SKU-1";
        line.quantity = 3;
        line.unitPrice = new BigDecimal("19.99");
        line.createdAt = LocalDateTime.of(2024, 2, 29, 13, 45, 56);
        line.scratch = "not persisted";
        line.save();
        assertEquals("3", backend.queryDirect("SELECT qty FROM order_line"));
        assertEquals("SKU-1", backend.queryDirect("SELECT product_code FROM order_line"));
        OrderLine loaded = OrderLine.find.where("productCode", "SKU-1").first().orElseThrow();
        assertEquals(new BigDecimal("19.99"), loaded.unitPrice);
        assertEquals(line.createdAt, loaded.createdAt);
        assertEquals(3, OrderLine.find.where("product_code", "SKU-1").pluck("qty").get(0));
        assertEquals(null, loaded.scratch);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void everyOperationReturnsItsConnection(TestBackend backend) {
        seed(backend);
        User user = new User("frank", null, 50, true);
        user.save();
        user.age = 51;
        user.save();
        User.find.where("age", ">", 20).all();
        User.find.count();
        user.delete();
        assertEquals(0, backend.recorder().openConnections());
    }
}
