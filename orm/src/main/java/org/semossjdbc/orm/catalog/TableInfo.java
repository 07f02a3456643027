package org.semossjdbc.orm.catalog;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One table (or view) the connection can see, with the privileges its user holds on it and its columns. Immutable.
 *
 * @param catalog    {@code TABLE_CAT}; null where the database has no catalogs in its metadata
 * @param schema     {@code TABLE_SCHEM}; null where the database has no schemas (MariaDB puts the database in catalog)
 * @param name       the table name as the database stores it
 * @param type       {@code TABLE_TYPE}, e.g. {@code TABLE} or {@code VIEW} ({@code BASE TABLE} reads as {@code TABLE})
 * @param privileges SELECT, INSERT, UPDATE, DELETE as far as {@code getTablePrivileges} grants them to the user
 * @param columns    in position order
 */
public record TableInfo(String catalog, String schema, String name, String type, Set<TablePrivilege> privileges,
                        List<ColumnInfo> columns) {

    /** Copies the collections (unmodifiable, columns sorted by position). */
    public TableInfo {
        Objects.requireNonNull(name, "name");
        privileges = privileges.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(TablePrivilege.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(privileges));
        columns = columns.stream().sorted(Comparator.comparingInt(ColumnInfo::position)).toList();
    }

    /** {@code schema.name}, or the name alone without a schema. */
    public String qualifiedName() {
        return schema == null || schema.isEmpty() ? name : schema + "." + name;
    }

    /** Whether the user may read the table. */
    public boolean canSelect() {
        return privileges.contains(TablePrivilege.SELECT);
    }

    /** Whether the user may add rows. */
    public boolean canInsert() {
        return privileges.contains(TablePrivilege.INSERT);
    }

    /** Whether the user may change rows. */
    public boolean canUpdate() {
        return privileges.contains(TablePrivilege.UPDATE);
    }

    /** Whether the user may remove rows. */
    public boolean canDelete() {
        return privileges.contains(TablePrivilege.DELETE);
    }

    /** The column of that name, compared exactly first and then ignoring case. */
    public Optional<ColumnInfo> column(String columnName) {
        Optional<ColumnInfo> exact = columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        return exact.isPresent() ? exact
                : columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** The primary key's column names in key order; empty without a primary key. */
    public List<String> primaryKey() {
        return columns.stream().filter(ColumnInfo::primaryKey)
                .sorted(Comparator.comparingInt(ColumnInfo::keySequence)).map(ColumnInfo::name).toList();
    }
}
