package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.testmodels.Gadget;
import org.semossjdbc.orm.testmodels.User;

/** {@code saveAll} goes through addBatch/executeBatch: one statement per shape, keys read back for every row. */
class BatchTest {

    private static final String BACKENDS = "org.semossjdbc.orm.TestBackend#all";

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void saveAllInsertsWithKeysAndUpdatesByShape(TestBackend backend) {
        backend.use();
        backend.createTable("users", User.COLUMNS);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            users.add(new User("user" + i, null, i, i % 2 == 0));
        }
        SemossModel.saveAll(users);
        // JDBC leaves keys after executeBatch optional: the ORM batches generated-key inserts only with drivers
        // known to return them, and otherwise inserts row by row rather than lose the ids.
        assertEquals(backend.batchReturnsKeys() ? 1 : 50, backend.executed().size(),
                "statements for 50 inserts: " + backend.executed().size());
        Set<Long> ids = new HashSet<>();
        for (User user : users) {
            assertNotNull(user.id);
            ids.add(user.id);
            assertEquals("user" + user.age, User.find.get(user.id).orElseThrow().name, "key matches its row");
        }
        assertEquals(50, ids.size());

        backend.resetLog();
        for (User user : users) {
            if (user.age < 10) {
                user.email = "e" + user.age;
            } else if (user.age < 20) {
                user.active = !user.active;
            }
        }
        SemossModel.saveAll(users);
        assertEquals(2, backend.executed().size(), "two update shapes, 30 unchanged rows skipped: "
                + backend.executed());
        assertEquals(10, User.find.where(Condition.isNotNull("email")).count());
        assertEquals(25 - 5 + 5, User.find.where("active", true).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void saveAllValidatesEverythingFirst(TestBackend backend) {
        backend.use();
        backend.createTable("gadget", Gadget.COLUMNS);
        Gadget good = new Gadget();
        good.name = "fine";
        Gadget bad = new Gadget();
        bad.name = "";
        assertThrows(ValidationException.class, () -> SemossModel.saveAll(List.of(good, bad)));
        assertEquals(0, Gadget.find.count(), "nothing written when any record is invalid");
        assertTrue(good.isNew());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void saveAllWithClientKeysIsOneBatch(TestBackend backend) {
        backend.use();
        backend.createTable("sample", org.semossjdbc.orm.testmodels.Sample.COLUMNS);
        List<org.semossjdbc.orm.testmodels.Sample> samples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            org.semossjdbc.orm.testmodels.Sample sample = new org.semossjdbc.orm.testmodels.Sample();
            sample.big = (long) i;
            samples.add(sample);
        }
        SemossModel.saveAll(samples);
        assertEquals(1, backend.executed().size(), "UUID keys need no round trip: one batch");
        assertEquals(30, org.semossjdbc.orm.testmodels.Sample.find.count());
        assertEquals(List.of(29L), org.semossjdbc.orm.testmodels.Sample.find.orderBy("-big").limit(1).pluck("big"));
    }
}
