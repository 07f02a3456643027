package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.testmodels.User;

/**
 * {@code saveAll} of new records with database-generated keys through jdbc:semoss: the driver returns every key of a
 * rewritten multi-row INSERT batch, so 1,000 records take at most 3 HTTP requests besides the connection's own
 * (login and engine look-up), and each record gets the key of its own row.
 */
class SaveAllRequestsTest {

    static java.util.stream.Stream<TestBackend> emulated() {
        return EmulatedBackend.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emulated")
    void thousandNewRecordsInAtMostThreeRequests(TestBackend backend) throws Exception {
        backend.use();
        backend.createTable("users", User.COLUMNS);
        EmulatedBackend semoss = (EmulatedBackend) backend;
        long perConnection = semoss.requestsPerConnection();
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            users.add(new User("user" + i, i % 3 == 0 ? null : "u" + i + "@example.com", i, i % 2 == 0));
        }
        backend.resetLog();
        SemossModel.saveAll(users);
        long requests = semoss.httpRequests() - perConnection;
        assertTrue(requests <= 3, requests + " requests besides the connection's " + perConnection);
        assertEquals(1, backend.executed().size(), "one batch statement: " + backend.executed().size());
        Set<Long> ids = new HashSet<>();
        for (User user : users) {
            assertNotNull(user.id);
            ids.add(user.id);
        }
        assertEquals(1_000, ids.size());
        for (int i : new int[] {0, 1, 499, 998, 999}) {
            User stored = User.find.get(users.get(i).id).orElseThrow();
            assertEquals("user" + i, stored.name, "record " + i + " got its own row's key");
            assertEquals(users.get(i).email, stored.email);
        }
        assertEquals(1_000, User.find.count());
    }
}
