package org.semossjdbc.protocol;

/**
 * Builds the pixel statements the driver sends. Every statement carries the {@code META |} prefix, so it never enters
 * the insight's recipe and a long-lived connection does not grow server memory (docs/protocol.md, 'META pixels').
 */
public final class Pixels {
    private Pixels() {
    }

    /** First page of a read: {@code META | Database(database="<db>")|Query("<pct>")|Collect(n);}. */
    public static String read(String database, String sql, int pageSize) {
        return "META | " + database(database) + "|Query(\"" + PixelEncoder.encode(sql) + "\")|Collect(" + pageSize + ");";
    }

    /** The next page of an open task: {@code META | Task("<taskId>")|Collect(n);}. */
    public static String nextPage(String taskId, int pageSize) {
        return "META | Task(\"" + checkSafe(taskId, "task id") + "\")|Collect(" + pageSize + ");";
    }

    /** The write path: {@code META | Database(...)|Query("<pct>")|ExecQuery(commit=true);}. */
    public static String execQuery(String database, String sql) {
        return "META | " + database(database) + "|Query(\"" + PixelEncoder.encode(sql) + "\")|ExecQuery(commit=true);";
    }

    /**
     * Closes a task at once (the {@code true} argument: without it the removal is deferred: docs/protocol.md, 'Paging
     * and end of data').
     */
    public static String removeTask(String taskId) {
        return "META | RemoveTask(\"" + checkSafe(taskId, "task id") + "\", true);";
    }

    /**
     * The databases the caller can see, with {@code database_subtype} and {@code user_permission} (docs/protocol.md,
     * 'Listing databases and permissions').
     */
    public static String myEngines() {
        return "META | MyEngines(engineTypes=[\"DATABASE\"]);";
    }

    /**
     * Asks the statement path itself whether the caller may use {@code database}: {@code Database(...)} refuses an
     * unknown or inaccessible engine before any SQL runs (transcripts 095-097); otherwise the trivial query runs (its
     * own error on a backend that wants {@code FROM DUAL} still proves access).
     */
    public static String accessCheck(String database) {
        return read(database, "SELECT 1", 1);
    }

    /** A cheap no-op (docs/protocol.md, 'Insights'), used by {@code Connection.isValid}. */
    public static String ping() {
        return "META | true;";
    }

    /** Drops the insight the request runs in, closing its tasks (docs/protocol.md, 'Insights'). */
    public static String dropInsight() {
        return "DropInsight();";
    }

    private static String database(String database) {
        return "Database(database=\"" + checkSafe(database, "database") + "\")";
    }

    /**
     * Engine ids, names and task ids are put between quotes as they are; a quote, backslash or control character would
     * change the pixel, so such values are refused (engine ids are UUIDs and names are identifiers in practice).
     */
    static String checkSafe(String value, String what) {
        if (!isSafeArgument(value)) {
            throw new IllegalArgumentException("Invalid " + what + ": it must not be empty or contain quotes, "
                    + "backslashes, '<', '>', ';' or control characters");
        }
        return value;
    }

    /** Whether {@code value} may stand between the quotes of a pixel string argument unencoded. */
    public static boolean isSafeArgument(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == ';' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
