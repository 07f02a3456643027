package org.semossjdbc.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import liquibase.database.DatabaseFactory;
import org.junit.jupiter.api.Test;

class SemossDatabaseTest {

    @Test
    void liquibaseFindsTheDriverFromASemossUrl() {
        assertEquals("org.semossjdbc.jdbc.SemossDriver", DatabaseFactory.getInstance()
                .findDefaultDriver("jdbc:semoss:https://semoss.example.com/Monolith/api?database=sales"));
    }

    @Test
    void answersForNoOtherUrl() {
        SemossDatabase database = new SemossDatabase();
        assertNull(database.getDefaultDriver("jdbc:postgresql://127.0.0.1/sales"));
        assertNull(database.getDefaultDriver("jdbc:h2:mem:sales"));
        assertEquals("org.postgresql.Driver",
                DatabaseFactory.getInstance().findDefaultDriver("jdbc:postgresql://127.0.0.1/sales"),
                "Liquibase's own answers are untouched");
    }
}
