package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.semossjdbc.orm.testmodels.User;
import org.semossjdbc.testing.ScratchDatabase;

/** Configuration by JDBC URL and credentials (the DriverManager path jdbc:semoss users take). */
class SemossOrmTest {

    @Test
    void configureWithUrlUserAndPassword() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create(ScratchDatabase.Backend.H2)) {
            String url = database.jdbcUrl();
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE users (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100), "
                        + "email VARCHAR(100), age INT, active BOOLEAN, created_at TIMESTAMP)");
                statement.execute("CREATE USER orm_user PASSWORD 'not-shown-anywhere' ADMIN");
            }
            SemossOrm.configure(url, "orm_user", "not-shown-anywhere");
            new User("zoe", null, 9, true).save();
            assertEquals(1, User.find.count());
            String described = SemossOrm.dataSource().toString();
            assertTrue(described.contains("orm_user"), described);
            assertFalse(described.contains("not-shown-anywhere"), "the password never appears: " + described);
        }
    }
}
