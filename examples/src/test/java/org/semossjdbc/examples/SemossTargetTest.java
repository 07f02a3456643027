package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SemossTargetTest {

    private static final String URL = "jdbc:semoss:https://semoss.example.com/Monolith/api?database=sales";

    @Test
    void argumentsWinOverTheEnvironment() {
        Optional<SemossTarget> target = SemossTarget.fromArgumentsOrEnvironment(
                new String[] {URL, "access-1", "secret-1"}, Map.of("SEMOSS_URL", "jdbc:semoss:http://other"));
        assertEquals(Optional.of(new SemossTarget(URL, "access-1", "secret-1")), target);
    }

    @Test
    void environmentNamesTheServerWhenThereAreNoArguments() {
        Optional<SemossTarget> target = SemossTarget.fromArgumentsOrEnvironment(new String[0],
                Map.of("SEMOSS_URL", " " + URL + " ", "SEMOSS_ACCESS_KEY", "access-2",
                        "SEMOSS_SECRET_KEY", "secret-2"));
        assertEquals(Optional.of(new SemossTarget(URL, "access-2", "secret-2")), target);
    }

    @Test
    void noUrlMeansTheEmbeddedEmulator() {
        assertTrue(SemossTarget.fromArgumentsOrEnvironment(new String[0], Map.of()).isEmpty());
        assertTrue(SemossTarget.fromArgumentsOrEnvironment(new String[0], Map.of("SEMOSS_URL", "  ")).isEmpty());
    }

    @Test
    void toStringAndTheDataSourceNeverShowTheSecretKey() {
        SemossTarget target = new SemossTarget(URL, "ACCESSKEY123", "TOP-SECRET-VALUE");
        for (String shown : new String[] {target.toString(), target.dataSource().toString()}) {
            assertFalse(shown.contains("TOP-SECRET-VALUE"), shown);
            assertTrue(shown.contains(URL), shown);
        }
        // The access key is the JDBC user name, which the driver's DataSource shows like any other; the examples'
        // own output masks it as well.
        assertFalse(target.toString().contains("ACCESSKEY123"), target.toString());
    }
}
