package org.semossjdbc.protocol;

/**
 * One result column as SEMOSS describes it.
 *
 * @param label    {@code data.headers[i]}: the column label ({@code ResultSetMetaData.getColumnLabel} on the server)
 * @param name     {@code data.rawHeaders[i]}: the underlying column name
 * @param dataType {@code headerInfo[i].dataType}: {@code INT}, {@code DOUBLE}, {@code BOOLEAN}, {@code DATE},
 *                 {@code TIMESTAMP}, {@code STRING}, {@code FACTOR}; null when absent
 */
public record ColumnHeader(String label, String name, String dataType) {
}
