package org.semossjdbc.protocol;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a SQLState and category from an error text. SEMOSS transmits no SQLState (docs/protocol.md, 'No SQLState'):
 * H2 1.4.200 texts end with {@code [<H2 code>-200]}, while PostgreSQL ({@code ERROR: ...}) and MariaDB texts carry no
 * code at all, so for them the text is the contract (docs/protocol.md, 'PostgreSQL and MariaDB engines'). Rules are
 * tried in order; the first match wins.
 */
public final class ServerErrorClassifier {
    /**
     * ExecQuery puts this before the driver's message (docs/protocol.md, 'SQL errors'); it is ignored for matching,
     * kept in the message.
     */
    static final String WRITE_PREFIX = "An error occurred trying to execute the query in the database";
    private static final Pattern H2_CODE = Pattern.compile("\\[(\\d{5})-\\d{3}]\\s*$");

    /** H2 error codes whose SQLState differs from the code's digits (H2 DbException#getState). */
    private static final Map<String, String> H2_STATES = Map.of(
            "42101", "42S01", "42102", "42S02", "42111", "42S11", "42112", "42S12",
            "42121", "42S21", "42122", "42S22", "50200", "HYT00", "57014", "57014");

    private static final List<Rule> RULES = List.of(
            // SEMOSS itself (docs/protocol.md, 'SEMOSS errors')
            rule("does not exist or user does not have access", "42501", ErrorCategory.PERMISSION),
            rule("User does not have permission", "42501", ErrorCategory.PERMISSION),
            rule("Cannot find reactor for keyword", "0A000", ErrorCategory.NOT_SUPPORTED),
            rule("Could not find task with id", "24000", ErrorCategory.RESULT_LOST),
            // RemoveTask of a task the insight does not hold (transcript 182)
            rule("Could not find task id", "24000", ErrorCategory.RESULT_LOST),
            rule("Query execution cancelled - processing time took longer", "HYT00", ErrorCategory.TIMEOUT),
            rule("Unable to establish connection given the connection details", "08001", ErrorCategory.CONNECTION),
            rule("Could not get connection", "08001", ErrorCategory.CONNECTION),
            rule("URLDecoder: Illegal hex characters", "22025", ErrorCategory.DATA),
            rule("Must pass in 'expression' key", "54000", ErrorCategory.LIMIT),
            rule("Could not find the insight id", "24000", ErrorCategory.RESULT_LOST),
            rule("The user name or password are (invalid|empty)|User session is invalid", "28000",
                    ErrorCategory.AUTHENTICATION),
            rule("Error in syntax around", "42000", ErrorCategory.SYNTAX),
            rule("Undefined variable :", "42000", ErrorCategory.SYNTAX),
            // PostgreSQL server messages and pgjdbc's own (docs/protocol.md, 'Error texts')
            rule("ERROR: syntax error", "42601", ErrorCategory.SYNTAX),
            rule("ERROR: relation \"[^\"]*\" does not exist", "42P01", ErrorCategory.UNDEFINED_OBJECT),
            rule("ERROR: column \"[^\"]*\"( of relation \"[^\"]*\")? does not exist", "42703",
                    ErrorCategory.UNDEFINED_OBJECT),
            rule("ERROR: function .* does not exist", "42883", ErrorCategory.UNDEFINED_OBJECT),
            rule("ERROR: schema \"[^\"]*\" does not exist", "3F000", ErrorCategory.UNDEFINED_OBJECT),
            rule("ERROR: relation \"[^\"]*\" already exists", "42P07", ErrorCategory.UNDEFINED_OBJECT),
            rule("ERROR: column \"[^\"]*\" of relation \"[^\"]*\" already exists", "42701",
                    ErrorCategory.UNDEFINED_OBJECT),
            rule("ERROR: duplicate key value violates unique constraint", "23505", ErrorCategory.INTEGRITY),
            rule("ERROR: null value in column .* violates not-null constraint", "23502", ErrorCategory.INTEGRITY),
            rule("ERROR: .* violates foreign key constraint", "23503", ErrorCategory.INTEGRITY),
            rule("ERROR: .* violates check constraint", "23514", ErrorCategory.INTEGRITY),
            rule("ERROR: value too long for type", "22001", ErrorCategory.DATA),
            rule("ERROR: division by zero", "22012", ErrorCategory.DATA),
            rule("ERROR: (integer|smallint|bigint) out of range|ERROR: numeric field overflow|"
                    + "ERROR: value \"[^\"]*\" is out of range", "22003", ErrorCategory.DATA),
            rule("ERROR: (date/time field value out of range|invalid input syntax for type "
                    + "(date|time|timestamp))", "22007", ErrorCategory.DATA),
            rule("ERROR: invalid input syntax for type", "22P02", ErrorCategory.DATA),
            rule("ERROR: invalid byte sequence for encoding", "22021", ErrorCategory.DATA),
            rule("ERROR: permission denied", "42501", ErrorCategory.PERMISSION),
            rule("ERROR: canceling statement due to statement timeout", "57014", ErrorCategory.TIMEOUT),
            rule("ERROR: canceling statement due to user request", "57014", ErrorCategory.CANCELLED),
            rule("No value specified for parameter", "07001", ErrorCategory.PARAMETERS),
            rule("No results were returned by the query", "02000", ErrorCategory.GENERIC),
            rule("Multiple ResultSets were returned by the query", "0100E", ErrorCategory.GENERIC),
            // MariaDB server messages and mariadb-java-client 1.1.9's own (docs/protocol.md, 'Error texts')
            rule("You have an error in your SQL syntax", "42000", ErrorCategory.SYNTAX),
            rule("Table '[^']*' doesn't exist", "42S02", ErrorCategory.UNDEFINED_OBJECT),
            rule("Table '[^']*' already exists", "42S01", ErrorCategory.UNDEFINED_OBJECT),
            rule("Unknown column '[^']*' in", "42S22", ErrorCategory.UNDEFINED_OBJECT),
            rule("Duplicate entry '.*' for key", "23505", ErrorCategory.INTEGRITY),
            rule("Column '[^']*' cannot be null", "23502", ErrorCategory.INTEGRITY),
            rule("a foreign key constraint fails", "23503", ErrorCategory.INTEGRITY),
            rule("CONSTRAINT `[^`]*` failed for", "23514", ErrorCategory.INTEGRITY),
            rule("Data too long for column", "22001", ErrorCategory.DATA),
            rule("Division by 0", "22012", ErrorCategory.DATA),
            rule("Out of range value for column", "22003", ErrorCategory.DATA),
            rule("Incorrect (datetime|date|time) value", "22007", ErrorCategory.DATA),
            rule("Incorrect string value", "22021", ErrorCategory.DATA),
            rule("You need to set exactly \\d+ parameters", "07001", ErrorCategory.PARAMETERS),
            rule("Lock wait timeout exceeded", "HYT00", ErrorCategory.TIMEOUT),
            rule("Query execution was interrupted", "57014", ErrorCategory.CANCELLED));

    private ServerErrorClassifier() {
    }

    /** Classifies an error text ({@code null} allowed: the server may send none). */
    public static ServerError classify(String message) {
        String text = message == null ? "" : message;
        Matcher h2 = H2_CODE.matcher(text);
        if (h2.find()) {
            String code = h2.group(1);
            String state = H2_STATES.getOrDefault(code, code);
            return new ServerError(state, categoryOf(state), Integer.parseInt(code), message);
        }
        for (Rule rule : RULES) {
            if (rule.pattern.matcher(text).find()) {
                return new ServerError(rule.sqlState, rule.category, 0, message);
            }
        }
        return new ServerError("HY000", ErrorCategory.GENERIC, 0, message);
    }

    /** The category of a SQLState by its class, for states that come with a code (H2). */
    static ErrorCategory categoryOf(String state) {
        return switch (state) {
            case "42S02", "42S22", "42S01", "42S11", "42S12", "42S21", "42P01", "42703" -> ErrorCategory.UNDEFINED_OBJECT;
            case "42501" -> ErrorCategory.PERMISSION;
            case "HYT00" -> ErrorCategory.TIMEOUT;
            case "57014" -> ErrorCategory.CANCELLED;
            case "07001" -> ErrorCategory.PARAMETERS;
            default -> switch (state.substring(0, 2)) {
                case "42" -> ErrorCategory.SYNTAX;
                case "23" -> ErrorCategory.INTEGRITY;
                case "22" -> ErrorCategory.DATA;
                case "28" -> ErrorCategory.AUTHENTICATION;
                case "08" -> ErrorCategory.CONNECTION;
                case "0A" -> ErrorCategory.NOT_SUPPORTED;
                default -> ErrorCategory.GENERIC;
            };
        };
    }

    private static Rule rule(String regex, String sqlState, ErrorCategory category) {
        return new Rule(Pattern.compile(regex), sqlState, category);
    }

    private record Rule(Pattern pattern, String sqlState, ErrorCategory category) {
    }
}
