package org.semossjdbc.sql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.LiteralRenderer;
import org.semossjdbc.testing.ScratchDatabase;
import org.semossjdbc.testing.ScratchDatabase.Backend;

/**
 * A scratch database on one backend holding the catalog test schema ({@code fixture-<backend>.sql}), with a plain
 * JDBC connection to run the generated SQL directly and to ask the native driver's DatabaseMetaData, the oracle.
 */
final class CatalogFixture implements AutoCloseable {

    private static final java.util.Set<Integer> LOSSY_TYPES = java.util.Set.of(java.sql.Types.SMALLINT,
            java.sql.Types.TINYINT, java.sql.Types.DECIMAL, java.sql.Types.NUMERIC, java.sql.Types.REAL,
            java.sql.Types.FLOAT, java.sql.Types.DOUBLE, java.sql.Types.BINARY, java.sql.Types.VARBINARY);

    final Backend backend;
    final Dialect dialect;
    final ScratchDatabase database;
    final Connection connection;
    final CatalogQueries queries;
    /** The catalog and schema the fixture tables live in, as the backend names them (schema null on MariaDB). */
    final String catalog;
    final String schema;

    private CatalogFixture(Backend backend) throws SQLException {
        this.backend = backend;
        this.dialect = switch (backend) {
            case H2 -> Dialect.H2;
            case POSTGRES -> Dialect.POSTGRESQL;
            case MARIADB -> Dialect.MARIADB;
        };
        this.database = ScratchDatabase.create(backend);
        this.connection = database.connect();
        for (String statement : script("fixture-" + backend.name().toLowerCase() + ".sql")) {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            }
        }
        this.queries = CatalogQueries.forDialect(dialect, new LiteralRenderer(dialect, ZoneOffset.UTC));
        this.catalog = connection.getCatalog();
        this.schema = switch (backend) {
            case H2 -> "PUBLIC";
            case POSTGRES -> "public";
            case MARIADB -> null;
        };
    }

    static CatalogFixture create(Backend backend) {
        try {
            return new CatalogFixture(backend);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build the catalog fixture on " + backend + ": " + e.getMessage(), e);
        }
    }

    /** The fixture's table names as this backend stores them. */
    List<String> fixtureTables() {
        List<String> base = List.of("PARENT", "CHILD", "IDENT", "PARENT_V");
        List<String> names = new ArrayList<>();
        for (String name : base) {
            names.add(backend == Backend.H2 ? name : name.toLowerCase());
        }
        names.addAll(List.of("A_B", "AxB", "PCT%T", "MixedCase", "mixedcase", "it's", "B\\S"));
        return names;
    }

    /** The name of a fixture object given in upper case, as this backend stores it. */
    String name(String upper) {
        return backend == Backend.H2 ? upper : upper.toLowerCase();
    }

    /**
     * Runs a metadata query directly (or takes its static rows), checks that the result's labels are exactly the
     * shape's, and converts every value as the jdbc layer will.
     */
    List<List<Object>> run(MetadataQuery query) throws SQLException {
        if (!query.needsServer()) {
            return query.rows();
        }
        ResultShape shape = query.shape();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query.sql())) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> labels = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                labels.add(meta.getColumnLabel(i));
            }
            assertEquals(shape.labels(), labels, shape.method() + " labels on " + backend);
            for (int i = 1; i <= labels.size(); i++) {
                // SEMOSS sends SMALLINT/TINYINT as strings and DECIMAL/NUMERIC/floats as doubles: the SQL must
                // deliver integers, text and booleans only, so that every value survives the trip exactly.
                int type = meta.getColumnType(i);
                assertFalse(LOSSY_TYPES.contains(type), shape.method() + "." + labels.get(i - 1) + " on " + backend
                        + " has type " + meta.getColumnTypeName(i) + ", which SEMOSS does not send exactly");
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> raw = new ArrayList<>();
                for (int i = 1; i <= labels.size(); i++) {
                    raw.add(rs.getObject(i));
                }
                rows.add(shape.convertRow(raw));
            }
            return rows;
        }
    }

    /** Reads a native DatabaseMetaData result into the shape's columns (by label), converted the same way. */
    static List<List<Object>> nativeRows(ResultSet rs, ResultShape shape) throws SQLException {
        try (rs) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> nativeLabels = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                nativeLabels.add(meta.getColumnLabel(i).toUpperCase());
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> raw = new ArrayList<>();
                for (MetadataColumn column : shape.columns()) {
                    int index = nativeLabels.indexOf(column.name());
                    raw.add(index < 0 ? null : rs.getObject(index + 1));
                }
                rows.add(shape.convertRow(raw));
            }
            return rows;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.close();
        } finally {
            database.close();
        }
    }

    /** Splits a script into statements: each ends with a semicolon at the end of a line; "--" lines are comments. */
    static List<String> script(String resource) {
        try (InputStream in = CatalogFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("--") || line.isBlank()) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String text = current.toString().strip();
                    statements.add(text.substring(0, text.length() - 1));
                    current.setLength(0);
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
