package org.semossjdbc.emulator;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Engine creation and discovery pixels: {@code CreateNewRdbmsInternalDatabase} (a new embedded H2 engine whose
 * declared tables are created, 143), {@code RdbmsExternalUpload} (registers an existing PostgreSQL or MariaDB
 * database; only the metamodel's tables enter the metadata, 201, 301), {@code ExternalJdbcSchema} (discovery, 200,
 * 300) and {@code ReloadDatabaseOwl} (changes nothing, 145).
 */
final class EngineRegistration {

    private static final String CONNECTION_FAILED = "Unable to establish connection given the connection details."
            + "\nDriver produced error: \" %s \"";

    private final PixelContext context;

    EngineRegistration(PixelContext context) {
        this.context = context;
    }

    Object createInternal(ReactorArguments arguments) throws PixelError {
        String name = requiredName(arguments);
        String id = EmulatorRuntime.newEngineId();
        String url = "jdbc:h2:mem:" + name + "_" + id.replace("-", "") + ";DB_CLOSE_DELAY=-1";
        List<TableMetadata> tables = new ArrayList<>();
        Object model = arguments.single("metamodelAdd");
        if (model instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> table : map.entrySet()) {
                List<TableMetadata.Column> columns = new ArrayList<>();
                if (table.getValue() instanceof Map<?, ?> columnMap) {
                    for (Map.Entry<?, ?> column : columnMap.entrySet()) {
                        columns.add(new TableMetadata.Column(String.valueOf(column.getKey()),
                                String.valueOf(column.getValue()), false));
                    }
                }
                tables.add(new TableMetadata(String.valueOf(table.getKey()), List.copyOf(columns)));
            }
        }
        try {
            Engine engine = Engine.openDeclared(name, id, url, null, context.user().username(), tables);
            engine.lock().lock();
            try (Statement statement = engine.connection().createStatement()) {
                for (TableMetadata table : tables) {
                    StringBuilder ddl = new StringBuilder("CREATE TABLE " + table.name() + " (");
                    for (int i = 0; i < table.columns().size(); i++) {
                        TableMetadata.Column column = table.columns().get(i);
                        ddl.append(i == 0 ? "" : ", ").append(column.name()).append(' ').append(column.physicalType());
                    }
                    statement.executeUpdate(ddl.append(')').toString());
                }
            } finally {
                engine.lock().unlock();
            }
            register(engine);
            return ReactorResult.of(EngineListing.info(engine), "MARKET_PLACE_ADDITION");
        } catch (SQLException e) {
            throw new PixelError(e.getMessage());
        }
    }

    Object externalUpload(ReactorArguments arguments) throws PixelError {
        String name = requiredName(arguments);
        ConnectionDetails details = ConnectionDetails.of(arguments.single("conDetails"));
        // The engine's smss file keeps the keys upper-cased and reads them back case-insensitively (201 notes).
        if (arguments.single("conDetails") instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (key.equalsIgnoreCase("username") && entry.getValue() != null) {
                    details.credentials().putIfAbsent("user", String.valueOf(entry.getValue()));
                }
                if (key.equalsIgnoreCase("password") && entry.getValue() != null) {
                    details.credentials().putIfAbsent("password", String.valueOf(entry.getValue()));
                }
            }
        }
        List<String> declared = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        Object model = arguments.single("metamodel");
        if (model instanceof Map<?, ?> map && map.get("tables") instanceof Map<?, ?> tables) {
            for (Object key : tables.keySet()) {
                String text = String.valueOf(key);
                int dot = text.indexOf('.');
                String table = dot < 0 ? text : text.substring(0, dot);
                declared.add(table);
                keys.put(table, dot < 0 ? null : text.substring(dot + 1));
            }
        }
        try {
            Engine engine = Engine.openDeclared(name, EmulatorRuntime.newEngineId(), details.url(),
                    details.credentials(), context.user().username(), List.of());
            List<TableMetadata> tables = new ArrayList<>();
            for (TableMetadata table : engine.readLiveTables(declared)) {
                String key = keys.get(table.name());
                tables.add(new TableMetadata(table.name(), table.columns().stream()
                        .map(c -> new TableMetadata.Column(c.name(), c.physicalType(), c.name().equals(key)))
                        .toList()));
            }
            engine.declareTables(tables);
            register(engine);
            return ReactorResult.of(EngineListing.info(engine), "MARKET_PLACE_ADDITION");
        } catch (SQLException e) {
            throw new PixelError(String.format(CONNECTION_FAILED, "Could not get connection."));
        }
    }

    /** Discovery: tables, columns, raw and SEMOSS types, key flags and foreign keys of the live schema. */
    Object externalSchema(ReactorArguments arguments) throws PixelError {
        ConnectionDetails details = ConnectionDetails.of(arguments.single("conDetails"));
        if (details.credentials().getProperty("user") == null) {
            // The reactor reads USERNAME case-sensitively; without it the recorded database refused the
            // connection, and every driver error becomes this one text (203).
            throw new PixelError(String.format(CONNECTION_FAILED, "Could not get connection."));
        }
        try (Connection connection = DriverManager.getConnection(details.url(), details.credentials())) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = details.subtype() == EngineSubtype.MARIA_DB ? connection.getCatalog() : null;
            String schema = details.subtype() == EngineSubtype.POSTGRES ? details.schema() : null;
            List<Object> tables = new ArrayList<>();
            List<Object> relationships = new ArrayList<>();
            Map<String, Object> positions = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                List<String> keys = new ArrayList<>();
                try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
                    while (rs.next()) {
                        keys.add(rs.getString("COLUMN_NAME"));
                    }
                }
                List<Object> columns = new ArrayList<>();
                List<Object> rawTypes = new ArrayList<>();
                List<Object> types = new ArrayList<>();
                List<Object> primary = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(catalog, schema, table, null)) {
                    while (rs.next()) {
                        String column = rs.getString("COLUMN_NAME");
                        String raw = rs.getString("TYPE_NAME");
                        columns.add(column);
                        rawTypes.add(raw);
                        types.add(SemossTypes.dataType(raw, rs.getInt("DATA_TYPE")));
                        primary.add(keys.contains(column));
                    }
                }
                try (ResultSet rs = meta.getExportedKeys(catalog, schema, table)) {
                    while (rs.next()) {
                        Map<String, Object> relation = new LinkedHashMap<>();
                        relation.put("fromTable", rs.getString("FKTABLE_NAME"));
                        relation.put("fromCol", rs.getString("FKCOLUMN_NAME"));
                        relation.put("toTable", rs.getString("PKTABLE_NAME"));
                        relation.put("toCol", rs.getString("PKCOLUMN_NAME"));
                        relationships.add(relation);
                    }
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("isPrimKey", primary);
                entry.put("raw_type", rawTypes);
                entry.put("columns", columns);
                entry.put("type", types);
                entry.put("table", table);
                tables.add(entry);
                Map<String, Object> position = new LinkedHashMap<>();
                position.put("top", 0.0);
                position.put("left", 0.0);
                positions.put(table, position);
            }
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("relationships", relationships);
            output.put("tables", tables);
            output.put("positions", positions);
            return ReactorResult.of(output, "OPERATION");
        } catch (SQLException e) {
            // makeConnection replaces every driver error with the same text (203).
            throw new PixelError(String.format(CONNECTION_FAILED, "Could not get connection."));
        }
    }

    Object reloadOwl(ReactorArguments arguments) throws PixelError {
        Object requested = arguments.singleOr("database", 0);
        Engine engine = requested == null ? null : context.runtime().engine(String.valueOf(requested));
        if (engine == null || !context.user().canEdit(engine.id())) {
            throw new PixelError("Database " + requested + " does not exist or user does not have access to database");
        }
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("output", "Successfully reloaded database owl");
        success.put("operationType", List.of("SUCCESS"));
        return new ReactorResult(true, List.of("OPERATION"), List.of(success));
    }

    private String requiredName(ReactorArguments arguments) throws PixelError {
        Object name = arguments.single("database");
        if (name == null || String.valueOf(name).isBlank()) {
            throw new PixelError("Need to define the database name");
        }
        return String.valueOf(name);
    }

    private void register(Engine engine) {
        context.runtime().addEngine(engine);
        context.user().grant(engine.id(), SemossEmulator.Permission.OWNER);
    }

    /** The {@code conDetails} map of SEMOSS's RDBMS pixels, turned into a JDBC URL and credentials. */
    record ConnectionDetails(EngineSubtype subtype, String url, String schema, Properties credentials) {

        static ConnectionDetails of(Object value) throws PixelError {
            if (!(value instanceof Map<?, ?> map)) {
                throw new PixelError("Must pass in the connection details");
            }
            String driver = text(map, "dbDriver");
            String host = text(map, "hostname");
            String port = text(map, "port");
            String schema = text(map, "schema");
            Properties credentials = new Properties();
            // ExternalJdbcSchema reads the keys case-sensitively: lower-case keys are not credentials (203).
            if (map.get("USERNAME") != null) {
                credentials.setProperty("user", String.valueOf(map.get("USERNAME")));
            }
            if (map.get("PASSWORD") != null) {
                credentials.setProperty("password", String.valueOf(map.get("PASSWORD")));
            }
            if ("POSTGRES".equals(driver)) {
                String url = "jdbc:postgresql://" + host + ":" + port + "/" + text(map, "database")
                        + (schema == null ? "" : "?currentSchema=" + schema);
                return new ConnectionDetails(EngineSubtype.POSTGRES, url, schema == null ? "public" : schema,
                        credentials);
            }
            if ("MARIA_DB".equals(driver)) {
                return new ConnectionDetails(EngineSubtype.MARIA_DB, "jdbc:mariadb://" + host + ":" + port + "/"
                        + schema, schema, credentials);
            }
            if ("MYSQL".equals(driver)) {
                throw new PixelError(String.format(CONNECTION_FAILED, "Unable to find class: com.mysql.cj.jdbc.Driver"));
            }
            throw new PixelError(String.format(CONNECTION_FAILED, "Unable to find driver for type: " + driver));
        }

        private static String text(Map<?, ?> map, String key) {
            Object value = map.get(key);
            return value == null ? null : String.valueOf(value);
        }
    }
}
