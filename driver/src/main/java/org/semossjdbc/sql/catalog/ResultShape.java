package org.semossjdbc.sql.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The exact columns (labels, order, types) of one {@link java.sql.DatabaseMetaData} method's result, as the JDBC
 * 4.3 javadoc gives them.
 *
 * <p>How the jdbc layer uses it: a {@link MetadataQuery}'s SQL returns exactly these columns in this order (labels
 * equal to {@link MetadataColumn#name()}, although MariaDB may report other-cased {@code rawHeaders}; match by
 * position). Pass every row SEMOSS returns through {@link #convertRow(List)} and declare the result's columns from
 * {@link #columns()}.
 *
 * @param method  the {@code DatabaseMetaData} method name, e.g. {@code getColumns}
 * @param columns the columns in result order
 */
public record ResultShape(String method, List<MetadataColumn> columns) {

    /** Copies {@code columns} into an unmodifiable list. */
    public ResultShape {
        columns = List.copyOf(columns);
    }

    /** The column labels in order. */
    public List<String> labels() {
        return columns.stream().map(MetadataColumn::name).toList();
    }

    /** The 0-based position of {@code label}, or -1; labels are compared exactly (they are upper case). */
    public int indexOf(String label) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Converts one row of values, in column order, with {@link MetadataColumn#convert(Object)}.
     *
     * @throws IllegalArgumentException when the row has the wrong width or a value cannot be converted
     */
    public List<Object> convertRow(List<?> wireValues) {
        if (wireValues.size() != columns.size()) {
            throw new IllegalArgumentException(method + ": expected " + columns.size() + " values, got "
                    + wireValues.size());
        }
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            row.add(columns.get(i).convert(wireValues.get(i)));
        }
        return Collections.unmodifiableList(row);
    }
}
