package org.semossjdbc.orm.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The four table privileges the catalogue reports, named as {@code DatabaseMetaData.getTablePrivileges} names them
 * in its {@code PRIVILEGE} column. Through SEMOSS, OWNER and EDIT grant all four and READ_ONLY grants SELECT.
 */
public enum TablePrivilege {
    SELECT, INSERT, UPDATE, DELETE;

    /**
     * The privilege a {@code PRIVILEGE} cell names, ignoring case and surrounding blanks; empty for the privileges
     * outside these four ({@code REFERENCES}, {@code TRIGGER}, {@code TRUNCATE}, ...).
     */
    public static Optional<TablePrivilege> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        for (TablePrivilege p : values()) {
            if (p.name().equals(upper)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
