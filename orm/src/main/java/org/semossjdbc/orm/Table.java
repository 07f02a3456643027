package org.semossjdbc.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the table a {@link SemossModel} subclass maps to. Without it the table is the class's simple name in
 * snake_case ({@code OrderLine} maps to {@code order_line}).
 *
 * <p>Names behave like unquoted SQL identifiers: the ORM quotes them (so no name can change the SQL) in the case the
 * database folds unquoted names to (upper case on H2, lower case on PostgreSQL, as written on MariaDB).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name. */
    String value();
}
