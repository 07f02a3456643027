package org.semossjdbc.sql;

import java.util.List;
import java.util.Locale;

/** The body of one JDBC escape, translated for a dialect. Stateless. */
final class EscapeFunctions {
    private EscapeFunctions() {
    }

    /** The translation of the text between the braces, or null if it is not a known escape. */
    static String translate(String inner, Dialect dialect) {
        String body = inner.strip();
        String keyword = JdbcEscapes.keyword(body);
        String rest = body.substring(keyword.length()).strip();
        if (body.startsWith("?")) {
            // {? = call f(args)}
            String afterMark = body.substring(1).strip();
            if (afterMark.startsWith("=") && JdbcEscapes.keyword(afterMark.substring(1).strip()).equals("call")) {
                String target = afterMark.substring(1).strip().substring(4).strip();
                return switch (dialect) {
                    case POSTGRESQL -> "SELECT * FROM " + withParentheses(target) + " AS result";
                    case H2 -> "CALL " + withParentheses(target);
                    case MARIADB, GENERIC -> "SELECT " + withParentheses(target);
                };
            }
            return null;
        }
        return switch (keyword) {
            case "d" -> "DATE " + rest;
            case "t" -> "TIME " + rest;
            case "ts" -> "TIMESTAMP " + rest;
            case "oj" -> rest;
            case "escape" -> "ESCAPE " + rest;
            case "limit" -> "LIMIT " + rest;
            case "call" -> dialect == Dialect.POSTGRESQL
                    ? "SELECT * FROM " + withParentheses(rest) + " AS result"
                    : "CALL " + withParentheses(rest);
            case "fn" -> function(rest, dialect);
            default -> null;
        };
    }

    private static String withParentheses(String target) {
        return target.endsWith(")") ? target : target + "()";
    }

    private static String function(String call, Dialect dialect) {
        int open = call.indexOf('(');
        if (open < 0 || !call.endsWith(")")) {
            return call;
        }
        String name = call.substring(0, open).strip().toUpperCase(Locale.ROOT);
        List<String> a = JdbcEscapes.splitArguments(call.substring(open + 1, call.length() - 1), dialect);
        boolean pg = dialect == Dialect.POSTGRESQL;
        boolean maria = dialect == Dialect.MARIADB;
        String translated = switch (name) {
            case "CONCAT" -> maria ? "CONCAT(" + String.join(", ", a) + ")" : "(" + String.join(" || ", a) + ")";
            case "UCASE" -> "UPPER(" + arg(a, 0) + ")";
            case "LCASE" -> "LOWER(" + arg(a, 0) + ")";
            // JDBC LENGTH counts characters without trailing blanks; MariaDB LENGTH counts bytes
            case "LENGTH" -> (maria ? "CHAR_LENGTH" : "LENGTH") + "(RTRIM(" + arg(a, 0) + "))";
            case "CHAR_LENGTH", "CHARACTER_LENGTH" -> "CHAR_LENGTH(" + arg(a, 0) + ")";
            case "IFNULL" -> "COALESCE(" + String.join(", ", a) + ")";
            case "NOW" -> maria ? "NOW()" : "LOCALTIMESTAMP";
            case "CURDATE", "CURRENT_DATE" -> "CURRENT_DATE";
            case "CURTIME", "CURRENT_TIME" -> maria ? "CURTIME()" : "LOCALTIME";
            case "CURRENT_TIMESTAMP" -> maria ? "NOW()" : "LOCALTIMESTAMP";
            case "LOG" -> pg || dialect == Dialect.GENERIC ? "LN(" + arg(a, 0) + ")" : null;
            case "TRUNCATE" -> pg ? "TRUNC(" + String.join(", ", a) + ")" : null;
            case "RAND" -> pg ? "RANDOM()" : null;
            case "LOCATE" -> pg && a.size() == 2 ? "POSITION(" + a.get(0) + " IN " + a.get(1) + ")" : null;
            case "SPACE" -> pg ? "REPEAT(' ', " + arg(a, 0) + ")" : null;
            case "CHAR" -> pg ? "CHR(" + arg(a, 0) + ")" : null;
            case "DATABASE" -> pg ? "CURRENT_DATABASE()" : null;
            case "USER" -> pg ? "CURRENT_USER" : null;
            case "YEAR", "MONTH", "HOUR", "MINUTE", "QUARTER", "WEEK" -> pg ? "EXTRACT(" + name + " FROM " + arg(a, 0) + ")" : null;
            case "SECOND" -> pg ? "TRUNC(EXTRACT(SECOND FROM " + arg(a, 0) + "))" : null;
            case "DAYOFMONTH" -> pg ? "EXTRACT(DAY FROM " + arg(a, 0) + ")" : null;
            case "DAYOFYEAR" -> pg ? "EXTRACT(DOY FROM " + arg(a, 0) + ")" : null;
            case "DAYOFWEEK" -> pg ? "(EXTRACT(DOW FROM " + arg(a, 0) + ") + 1)" : null;
            case "TIMESTAMPADD" -> timestampAdd(a, dialect);
            case "TIMESTAMPDIFF" -> timestampDiff(a, dialect);
            case "CONVERT" -> a.size() == 2 ? "CAST(" + a.get(0) + " AS " + sqlType(a.get(1), dialect) + ")" : null;
            default -> null;
        };
        return translated != null ? translated : call.substring(0, open).strip() + "(" + String.join(", ", a) + ")";
    }

    private static String arg(List<String> args, int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("JDBC escape function is missing argument " + (i + 1));
        }
        return args.get(i);
    }

    private static String unit(String interval) {
        String u = interval.strip().toUpperCase(Locale.ROOT);
        return u.startsWith("SQL_TSI_") ? u.substring(8) : u;
    }

    private static String timestampAdd(List<String> a, Dialect dialect) {
        if (a.size() != 3) {
            return null;
        }
        String unit = unit(a.get(0));
        if (dialect == Dialect.POSTGRESQL) {
            String pgUnit = unit.equals("FRAC_SECOND") ? "microsecond" : unit.toLowerCase(Locale.ROOT);
            return "(" + a.get(2) + " + (" + a.get(1) + ") * INTERVAL '1 " + pgUnit + "')";
        }
        return "TIMESTAMPADD(" + unit + ", " + a.get(1) + ", " + a.get(2) + ")";
    }

    private static String timestampDiff(List<String> a, Dialect dialect) {
        if (a.size() != 3) {
            return null;
        }
        String unit = unit(a.get(0));
        if (dialect != Dialect.POSTGRESQL) {
            return "TIMESTAMPDIFF(" + unit + ", " + a.get(1) + ", " + a.get(2) + ")";
        }
        String seconds = "EXTRACT(EPOCH FROM (" + a.get(2) + ") - (" + a.get(1) + "))";
        return switch (unit) {
            case "SECOND" -> "TRUNC(" + seconds + ")::bigint";
            case "MINUTE" -> "TRUNC(" + seconds + " / 60)::bigint";
            case "HOUR" -> "TRUNC(" + seconds + " / 3600)::bigint";
            case "DAY" -> "TRUNC(" + seconds + " / 86400)::bigint";
            case "WEEK" -> "TRUNC(" + seconds + " / 604800)::bigint";
            default -> null;
        };
    }

    private static String sqlType(String jdbcType, Dialect dialect) {
        String t = jdbcType.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("SQL_")) {
            t = t.substring(4);
        }
        boolean maria = dialect == Dialect.MARIADB;
        return switch (t) {
            case "INTEGER", "SMALLINT", "TINYINT" -> maria ? "SIGNED" : t.equals("TINYINT") && dialect == Dialect.POSTGRESQL ? "SMALLINT" : t;
            case "BIGINT" -> maria ? "SIGNED" : "BIGINT";
            case "VARCHAR", "CHAR", "LONGVARCHAR", "NVARCHAR", "NCHAR" -> maria ? "CHAR" : pgText(dialect);
            case "DOUBLE", "FLOAT", "REAL" -> maria ? "DOUBLE" : "DOUBLE PRECISION";
            case "DECIMAL", "NUMERIC" -> "DECIMAL";
            case "DATE", "TIME" -> t;
            case "TIMESTAMP" -> maria ? "DATETIME" : "TIMESTAMP";
            case "BOOLEAN", "BIT" -> maria ? "UNSIGNED" : "BOOLEAN";
            case "BINARY", "VARBINARY", "LONGVARBINARY" -> maria ? "BINARY" : dialect == Dialect.POSTGRESQL ? "BYTEA" : "VARBINARY";
            default -> t;
        };
    }

    private static String pgText(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? "TEXT" : "VARCHAR";
    }
}
