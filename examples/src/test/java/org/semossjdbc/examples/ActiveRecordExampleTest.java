package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

class ActiveRecordExampleTest {

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void savesQueriesFollowsRelationsAndRejectsStaleAndInvalidWrites(ScratchDatabase.Backend backend)
            throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(backend)) {
            ActiveRecordExample.Result result = ActiveRecordExample.run(semoss.target().dataSource(), semoss.out);
            String printed = semoss.printed();

            assertEquals(3, result.customers());
            assertEquals(5, result.orders());
            assertEquals(List.of("Ada Lovelace", "Grace Hopper"), result.goldCustomers());
            assertEquals(3, result.adasOrders());
            assertTrue(result.staleWriteRejected(), "the second edit of version 0 must fail");
            assertEquals(Set.of("name", "email", "tier"), result.validationErrors().keySet());
            assertEquals(3, result.customersAfterInvalidSave(), "the invalid customer must not be written");
            // The first edit won: its tier is stored and the version moved on; the stale edit's e-mail is not.
            assertEquals(1, semoss.countDirectly("SELECT COUNT(*) FROM example_customers WHERE name = 'Grace Hopper'"
                    + " AND tier = 'silver' AND lock_version = 1 AND email = 'grace@example.com'"));
            assertTrue(printed.contains("Invalid customer not saved"), printed);
        }
    }
}
