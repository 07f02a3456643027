package org.semossjdbc.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code MyEngines}, {@code MyDatabases} and {@code DatabaseInfo}: engine maps with the recorded key order (138-140). */
final class EngineListing {

    private final PixelContext context;

    EngineListing(PixelContext context) {
        this.context = context;
    }

    Object myEngines(ReactorArguments arguments) {
        List<Object> types = arguments.list("engineTypes");
        if (!types.isEmpty() && types.stream().noneMatch(t -> "DATABASE".equals(String.valueOf(t)))) {
            return ReactorResult.of(List.of(), "DATABASE_INFO");
        }
        return ReactorResult.of(visibleEngines(arguments.list("engine")), "DATABASE_INFO");
    }

    Object myDatabases(ReactorArguments arguments) {
        return ReactorResult.of(visibleEngines(arguments.list("database")), "DATABASE_INFO");
    }

    Object databaseInfo(ReactorArguments arguments) throws PixelError {
        Object requested = arguments.singleOr("database", 0);
        Engine engine = requested == null ? null : context.runtime().engine(String.valueOf(requested));
        if (engine == null || context.user().permissionOn(engine.id()).isEmpty()) {
            throw new PixelError("Database " + requested + " does not exist or user does not have access to database");
        }
        return ReactorResult.of(info(engine), "DATABASE_INFO");
    }

    private List<Object> visibleEngines(List<Object> filter) {
        List<Object> maps = new ArrayList<>();
        // SecurityEngineUtils orders by the lower-case engine name (302: h2demo, h2meta, mariademo, pgdemo).
        List<Engine> engines = new ArrayList<>(context.runtime().engines());
        engines.sort(java.util.Comparator.comparing(e -> e.name().toLowerCase(java.util.Locale.ROOT)));
        for (Engine engine : engines) {
            Optional<SemossEmulator.Permission> permission = context.user().permissionOn(engine.id());
            // getUserEngineList keeps only engines whose permission row is visible (VISIBILITY 1 or null), while
            // userCanViewEngine ignores visibility: a hidden engine is left out here yet still queryable
            // (R Semoss src/prerna/auth/utils/SecurityEngineUtils.java).
            if (permission.isEmpty() || context.user().hides(engine.id())) {
                continue;
            }
            if (!filter.isEmpty() && filter.stream().map(String::valueOf)
                    .noneMatch(f -> f.equals(engine.id()) || f.equals(engine.name()))) {
                continue;
            }
            maps.add(listEntry(engine, permission.get().code()));
        }
        return maps;
    }

    /** One MyEngines map, keys in the order the server's HashMap produced (138). */
    static Map<String, Object> listEntry(Engine engine, int permission) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("database_date_created", engine.dateCreated());
        map.put("app_type", "DATABASE");
        map.put("app_subtype", engine.subtype().name());
        map.put("database_name", engine.name());
        map.put("low_database_name", engine.name().toLowerCase(java.util.Locale.ROOT));
        map.put("database_favorite", 0);
        map.put("permission", permission);
        map.put("database_type", "DATABASE");
        map.put("app_name", engine.name());
        map.put("database_id", engine.id());
        map.put("database_cost", "$");
        map.put("database_discoverable", false);
        map.put("user_permission", permission);
        map.put("database_global", false);
        map.put("database_created_by", engine.createdBy());
        map.put("app_favorite", 0);
        map.put("app_id", engine.id());
        map.put("database_subtype", engine.subtype().name());
        map.put("database_created_by_type", "Native");
        map.put("app_cost", "$");
        return map;
    }

    /** The DatabaseInfo / engine-creation map (140, 143). */
    static Map<String, Object> info(Engine engine) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("database_type", "DATABASE");
        map.put("database_date_created", engine.dateCreated());
        map.put("database_name", engine.name());
        map.put("low_database_name", engine.name().toLowerCase(java.util.Locale.ROOT));
        map.put("database_id", engine.id());
        map.put("database_cost", "$");
        map.put("database_discoverable", false);
        map.put("database_global", false);
        map.put("database_created_by", engine.createdBy());
        map.put("database_subtype", engine.subtype().name());
        map.put("database_created_by_type", "Native");
        return map;
    }
}
