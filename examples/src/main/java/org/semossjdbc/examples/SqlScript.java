package org.semossjdbc.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a DDL script (such as the schema files the scheduler libraries ship) one statement at a time: SEMOSS runs one
 * statement per pixel and reports errors per pixel, so one statement per call keeps an error next to its cause.
 */
public final class SqlScript {

    private SqlScript() {
    }

    /**
     * Splits a script into statements: drops {@code --} comment lines and blank statements, and {@code COMMIT}, which
     * SEMOSS does on its own after every write. Scripts with semicolons inside literals are not supported (schema
     * scripts have none).
     */
    public static List<String> statements(String script) {
        StringBuilder text = new StringBuilder();
        for (String line : script.split("\\R")) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : text.toString().split(";")) {
            String trimmed = statement.strip();
            if (!trimmed.isEmpty() && !trimmed.toUpperCase(Locale.ROOT).equals("COMMIT")) {
                statements.add(trimmed);
            }
        }
        return statements;
    }

    /** Reads a class-path resource (absolute name, e.g. {@code /org/quartz/impl/jdbcjobstore/tables_h2.sql}). */
    public static String resource(String name) {
        try (InputStream in = SqlScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No such resource on the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every statement of {@code script} on {@code connection}; returns how many ran. */
    public static int run(Connection connection, String script) throws SQLException {
        List<String> statements = statements(script);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return statements.size();
    }

    /** Whether {@code table} can be read on {@code connection} (portable: no catalog queries needed). */
    public static boolean tableExists(Connection connection, String table) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM " + table).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
