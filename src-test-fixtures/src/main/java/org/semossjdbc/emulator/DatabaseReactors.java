package org.semossjdbc.emulator;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semossjdbc.emulator.pixel.UrlCodec;

/**
 * The database pixels: {@code Database}, {@code Query}, {@code Collect}, {@code Task}, {@code RemoveTask} and
 * {@code ExecQuery}. {@code Database} needs view permission, {@code ExecQuery} edit permission; the read path
 * checks nothing more, so a READ_ONLY user can change data through a data-changing query (164).
 */
final class DatabaseReactors {

    static final String WRITE_ERROR_PREFIX = "An error occurred trying to execute the query in the database";
    private static final int DEFAULT_COLLECT = 500;

    private final PixelContext context;

    DatabaseReactors(PixelContext context) {
        this.context = context;
    }

    Object database(ReactorArguments arguments) throws PixelError {
        Object requested = arguments.singleOr("database", 0);
        String name = requested == null ? "null" : String.valueOf(requested);
        Engine engine = context.runtime().engine(name);
        if (engine == null || context.user().permissionOn(engine.id()).isEmpty()) {
            throw new PixelError("Database " + name + " does not exist or user does not have access to database");
        }
        return new PipelineValues.DatabaseSource(engine);
    }

    /** {@code Query} URL-decodes every argument, tagged or not (118-121). */
    Object query(ReactorArguments arguments, Object piped) throws PixelError {
        if (!(piped instanceof PipelineValues.DatabaseSource source)) {
            throw new PixelError("Must define the database to query");
        }
        StringBuilder sql = new StringBuilder();
        for (Object argument : arguments.positional()) {
            try {
                sql.append(UrlCodec.decode(String.valueOf(argument)));
            } catch (IllegalArgumentException e) {
                throw new PixelError(e.getMessage());
            }
        }
        return new PipelineValues.QuerySource(source.engine(), sql.toString());
    }

    Object collect(ReactorArguments arguments, Object piped) throws PixelError {
        int limit = DEFAULT_COLLECT;
        Object requested = arguments.singleOr("limit", 0);
        if (requested instanceof Number number) {
            limit = number.intValue();
        }
        if (piped instanceof PipelineValues.QuerySource query) {
            Task task = context.insight().newTask(query.engine(), query.sql());
            return ReactorResult.of(new TaskPage(task, limit, true), "TASK_DATA");
        }
        if (piped instanceof PipelineValues.TaskReference reference) {
            return ReactorResult.of(new TaskPage(reference.task(), limit, false), "TASK_DATA");
        }
        throw new PixelError("Could not find task to collect from");
    }

    Object task(ReactorArguments arguments) throws PixelError {
        Object id = arguments.singleOr("id", 0);
        Task task = id == null ? null : context.insight().task(String.valueOf(id));
        if (task == null) {
            throw new PixelError("Could not find task with id = " + id);
        }
        return new PipelineValues.TaskReference(task);
    }

    Object removeTask(ReactorArguments arguments) throws PixelError {
        String id = String.valueOf(arguments.singleOr("taskId", 0));
        if (!context.insight().removeTask(id)) {
            // The real server's answer for a task this insight does not hold (transcript 182).
            throw new PixelError("Could not find task id = " + id);
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("taskId", id);
        return ReactorResult.of(output, "REMOVE_TASK");
    }

    Object execQuery(ReactorArguments arguments, Object piped) throws PixelError {
        if (!(piped instanceof PipelineValues.QuerySource query)) {
            throw new PixelError("Must define the query to execute");
        }
        Engine engine = query.engine();
        if (!context.user().canEdit(engine.id())) {
            throw new PixelError("User does not have permission to exec query for this app");
        }
        try {
            engine.executeWrite(query.sql());
            if (ReactorArguments.asBoolean(arguments.single("commit"), false)) {
                engine.commit();
            }
        } catch (SQLException | RuntimeException e) {
            String message = e.getMessage();
            throw new PixelError(message == null ? WRITE_ERROR_PREFIX : WRITE_ERROR_PREFIX + ": " + message);
        }
        Object successMessage = arguments.single("customSuccessMessage");
        if (successMessage != null) {
            List<Map<String, Object>> additional = new ArrayList<>();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("output", successMessage);
            item.put("operationType", List.of("SUCCESS"));
            additional.add(item);
            return new ReactorResult(true, List.of("ALTER_DATABASE"), additional);
        }
        return ReactorResult.of(true, "ALTER_DATABASE");
    }
}
