package org.semossjdbc.emulator;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata pixels. All but {@code GetDatabaseTablePhysicalStructure} read the engine's OWL metadata, i.e. only the
 * tables declared at registration (132-146, 250, 356); the physical structure reads live JDBC metadata and needs
 * edit permission (136, 251), and on a MariaDB engine it finds nothing (357).
 */
final class MetadataReactors {

    private final PixelContext context;

    MetadataReactors(PixelContext context) {
        this.context = context;
    }

    private Engine viewable(ReactorArguments arguments) throws PixelError {
        Object requested = arguments.singleOr("database", 0);
        Engine engine = requested == null ? null : context.runtime().engine(String.valueOf(requested));
        if (engine == null || context.user().permissionOn(engine.id()).isEmpty()) {
            throw new PixelError("Database does not exist or user does not have access to database");
        }
        return engine;
    }

    Object tableStructure(ReactorArguments arguments) throws PixelError {
        Engine engine = viewable(arguments);
        List<Object> rows = new ArrayList<>();
        for (TableMetadata table : engine.tables()) {
            for (TableMetadata.Column column : table.columns()) {
                // isPrimKey was false even for a declared key in every recording (132, 250).
                rows.add(List.of(table.name(), column.name(), SemossTypes.displayType(column.dataType()), false,
                        column.name(), table.name()));
            }
        }
        return ReactorResult.of(rows, "DATABASE_TABLE_STRUCTURE");
    }

    Object metamodel(ReactorArguments arguments) throws PixelError {
        Engine engine = viewable(arguments);
        Map<String, Object> physicalTypes = new LinkedHashMap<>();
        Map<String, Object> dataTypes = new LinkedHashMap<>();
        List<Object> nodes = new ArrayList<>();
        for (TableMetadata table : engine.tables()) {
            List<Object> properties = new ArrayList<>();
            for (TableMetadata.Column column : table.columns()) {
                String key = table.name() + "__" + column.name();
                physicalTypes.put(key, column.physicalType());
                dataTypes.put(key, column.dataType());
                properties.add(column.name());
            }
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("propSet", properties);
            node.put("conceptualName", table.name());
            nodes.add(node);
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("edges", List.of());
        output.put("physicalTypes", physicalTypes);
        output.put("dataTypes", dataTypes);
        output.put("nodes", nodes);
        output.put("additionalDataTypes", Map.of());
        return ReactorResult.of(output, "DATABASE_METAMODEL");
    }

    Object concepts(ReactorArguments arguments) throws PixelError {
        Engine engine = viewable(arguments);
        return ReactorResult.of(engine.tables().stream().map(t -> (Object) t.name()).toList(), "DATABASE_CONCEPTS");
    }

    /** No relationships are ever declared by the supported registrations, so the answer is empty (135). */
    Object connections(ReactorArguments arguments) throws PixelError {
        viewable(arguments);
        return ReactorResult.of(List.of(), "DATABASE_TRAVERSE_OPTIONS");
    }

    Object selectors(ReactorArguments arguments) throws PixelError {
        Engine engine = viewable(arguments);
        List<Object> selectors = new ArrayList<>();
        for (TableMetadata table : engine.tables()) {
            for (TableMetadata.Column column : table.columns()) {
                selectors.add(table.name() + "__" + column.name());
            }
        }
        return ReactorResult.of(selectors, "DATABASE_PIXEL_SELECTORS");
    }

    Object localSchema(ReactorArguments arguments) throws PixelError {
        Engine engine = viewable(arguments);
        Map<String, Object> tables = new LinkedHashMap<>();
        for (TableMetadata table : engine.tables()) {
            List<Object> entries = new ArrayList<>();
            entries.add(nameAndType(table.name(), "STRING"));
            for (TableMetadata.Column column : table.columns()) {
                entries.add(nameAndType(column.name(), column.dataType()));
            }
            tables.put(table.name(), entries);
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("tables", tables);
        output.put("databaseName", engine.name());
        return ReactorResult.of(output, "CODE_EXECUTION");
    }

    private static Map<String, Object> nameAndType(String name, String type) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("type", type);
        return entry;
    }

    Object physicalStructure(ReactorArguments arguments) throws PixelError {
        Object requested = arguments.singleOr("database", 0);
        Engine engine = requested == null ? null : context.runtime().engine(String.valueOf(requested));
        if (engine == null || !context.user().canEdit(engine.id())) {
            throw new PixelError("Database" + requested + " does not exist or user does not have access to database");
        }
        Object table = arguments.single("table");
        if (table == null) {
            throw new PixelError("Must define the table");
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        if (engine.subtype() == EngineSubtype.MARIA_DB) {
            return ReactorResult.of(columns, "OPERATION");
        }
        try {
            for (String[] column : engine.physicalColumns(String.valueOf(table))) {
                columns.put(column[0], column[1]);
            }
        } catch (SQLException e) {
            throw new PixelError(e.getMessage());
        }
        return ReactorResult.of(columns, "OPERATION");
    }
}
