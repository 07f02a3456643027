package org.semossjdbc.orm.testmodels;

import java.time.LocalDateTime;
import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.Table;
import org.semossjdbc.orm.Id;

/** The sqlalchemy-semoss test model: a users table with a generated key. */
@Table("users")
public class User extends SemossModel {
    public static final Finder<User> find = SemossModel.finder(User.class);

    /** DDL for {@link org.semossjdbc.orm.TestBackend#createTable}. */
    public static final String COLUMNS = "id {pk}, name VARCHAR(100) NOT NULL, email VARCHAR(200), age INT, "
            + "active BOOLEAN, created_at {ts}";

    @Id public Long id;
    public String name;
    public String email;
    public Integer age;
    public Boolean active;
    public LocalDateTime createdAt;

    public User() {
    }

    public User(String name, String email, Integer age, boolean active) {
        this.name = name;
        this.email = email;
        this.age = age;
        this.active = active;
    }
}
