package org.semossjdbc.emulator;

import java.sql.Types;
import java.util.Locale;

/**
 * SEMOSS's type vocabulary: the {@code dataType} derived from a SQL type name ({@code SemossDataType}) and the
 * coarse {@code type} shown beside it. The name rules reproduce the recorded quirks: PostgreSQL {@code interval}
 * contains "INT" and is reported INT (206), MariaDB {@code tinyint(1)} booleans are INT (307), arrays are STRING.
 */
final class SemossTypes {

    private SemossTypes() {
    }

    /** {@code INT}, {@code DOUBLE}, {@code BOOLEAN}, {@code DATE}, {@code TIMESTAMP} or {@code STRING}. */
    static String dataType(String sqlTypeName, int jdbcType) {
        if (jdbcType == Types.ARRAY) {
            return "STRING";
        }
        String name = sqlTypeName == null ? "" : sqlTypeName.toUpperCase(Locale.ROOT);
        if (name.contains("TIMESTAMP") || name.startsWith("DATETIME")) {
            return "TIMESTAMP";
        }
        if (name.equals("DATE")) {
            return "DATE";
        }
        if (name.startsWith("BOOL") || name.equals("BIT")) {
            return "BOOLEAN";
        }
        if ((name.contains("INT") && !name.contains("POINT")) || name.equals("YEAR") || name.startsWith("SERIAL")
                || name.startsWith("BIGSERIAL") || name.startsWith("IDENTITY") || name.equals("LONG")) {
            return "INT";
        }
        if (name.contains("DOUBLE") || name.contains("FLOAT") || name.contains("DECIMAL") || name.contains("NUMERIC")
                || name.equals("REAL") || name.startsWith("NUMBER") || name.contains("MONEY")) {
            return "DOUBLE";
        }
        return "STRING";
    }

    /** The coarse {@code type}: NUMBER for INT and DOUBLE, DATE for DATE and TIMESTAMP, otherwise STRING. */
    static String displayType(String dataType) {
        return switch (dataType) {
            case "INT", "DOUBLE" -> "NUMBER";
            case "DATE", "TIMESTAMP" -> "DATE";
            default -> "STRING";
        };
    }
}
