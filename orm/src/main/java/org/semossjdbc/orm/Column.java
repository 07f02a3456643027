package org.semossjdbc.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the column a field maps to. Fields need no annotation to be persisted: every non-static field that is
 * neither {@code transient}, {@link Transient} nor a relation is a column named after the field in snake_case
 * ({@code createdAt} maps to {@code created_at}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** The column name. */
    String value();
}
