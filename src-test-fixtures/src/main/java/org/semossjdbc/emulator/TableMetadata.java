package org.semossjdbc.emulator;

import java.util.List;

/**
 * One table of an engine's OWL metadata: what was declared when the engine was registered. Tables created later
 * through SQL never appear here (transcripts 144, 146, 250, 356).
 *
 * @param name the table name as declared
 * @param columns its columns in declaration order
 */
record TableMetadata(String name, List<Column> columns) {

    /**
     * One declared column.
     *
     * @param name column name
     * @param physicalType the declared SQL type, e.g. {@code INT}, {@code VARCHAR(100)}
     * @param primaryKey whether the registration named it as the key
     */
    record Column(String name, String physicalType, boolean primaryKey) {

        /** SEMOSS's data type of this column ({@code INT}, {@code STRING}, ...). */
        String dataType() {
            String base = physicalType.contains("(") ? physicalType.substring(0, physicalType.indexOf('('))
                    : physicalType;
            return SemossTypes.dataType(base.trim(), 0);
        }
    }
}
