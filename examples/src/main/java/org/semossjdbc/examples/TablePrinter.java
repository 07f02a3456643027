package org.semossjdbc.examples;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Prints rows as a boxed text table, the way a terminal SQL client does. */
public final class TablePrinter {

    private TablePrinter() {
    }

    /** Prints every remaining row of {@code rows} under the result's column labels; returns the row count. */
    public static int print(ResultSet rows, PrintStream out) throws SQLException {
        ResultSetMetaData metaData = rows.getMetaData();
        List<String> headers = new ArrayList<>();
        for (int column = 1; column <= metaData.getColumnCount(); column++) {
            headers.add(metaData.getColumnLabel(column));
        }
        List<List<?>> values = new ArrayList<>();
        while (rows.next()) {
            List<Object> row = new ArrayList<>();
            for (int column = 1; column <= headers.size(); column++) {
                row.add(rows.getObject(column));
            }
            values.add(row);
        }
        print(headers, values, out);
        return values.size();
    }

    /** Prints {@code rows} (each as long as {@code headers}) under {@code headers}. */
    public static void print(List<String> headers, List<? extends List<?>> rows, PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
        }
        for (List<?> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], text(row.get(i)).length());
            }
        }
        String rule = rule(widths);
        out.println(rule);
        out.println(line(headers, widths));
        out.println(rule);
        for (List<?> row : rows) {
            out.println(line(row, widths));
        }
        out.println(rule);
        out.println(rows.size() == 1 ? "(1 row)" : "(" + rows.size() + " rows)");
    }

    private static String rule(int[] widths) {
        StringBuilder line = new StringBuilder("+");
        for (int width : widths) {
            line.append("-".repeat(width + 2)).append('+');
        }
        return line.toString();
    }

    private static String line(List<?> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            Object cell = cells.get(i);
            String text = text(cell);
            String padding = " ".repeat(widths[i] - text.length());
            // Numbers align right, as in psql; everything else left.
            line.append(' ').append(cell instanceof Number ? padding + text : text + padding).append(" |");
        }
        return line.toString();
    }

    private static String text(Object value) {
        return Objects.toString(value, "NULL");
    }
}
