package org.semossjdbc.emulator;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semossjdbc.emulator.pixel.UrlCodec;

/**
 * The python-sdk engine call (docs/protocol.md, 'RemoteEngineRun'): a PayloadStruct echoed back with
 * {@code response: true}. Quirks kept: rows as org.json objects dumped by Gson ({@code myArrayList}/{@code map}), every
 * value a string and NULL as "", keys in HashMap order, {@code "} written {@code \"} inside values, errors in
 * {@code ex} under {@code ["OPERATION"]}, the query executed twice, only view permission checked, and no method with a
 * primitive parameter reachable.
 */
final class RemoteEngineRun {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    private static final String[] STRUCT_ORDER = {"epoc", "operation", "methodName", "payload", "payloadClassNames",
        "engineType", "ex", "processed", "longRunning", "interim", "hasReturn", "response", "objId", "insightId"};

    private final PixelContext context;

    RemoteEngineRun(PixelContext context) {
        this.context = context;
    }

    Object run(ReactorArguments arguments) throws PixelError {
        Object payload = arguments.singleOr("payload", 0);
        JsonNode struct;
        try {
            struct = LENIENT.readTree(UrlCodec.decode(String.valueOf(payload)));
        } catch (Exception e) {
            throw new PixelError(e.getMessage());
        }
        if (!(struct instanceof ObjectNode input)) {
            throw new PixelError("Unable to parse the payload");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        Object resultPayload = LENIENT.convertValue(input.get("payload"), Object.class);
        String error = null;
        try {
            resultPayload = invoke(input);
        } catch (PixelError e) {
            error = e.getMessage();
        }
        for (String key : STRUCT_ORDER) {
            switch (key) {
                case "payload" -> answer.put(key, resultPayload);
                case "ex" -> answer.put(key, error);
                case "processed", "longRunning" -> answer.put(key, false);
                case "hasReturn", "response" -> answer.put(key, true);
                case "interim" -> answer.put(key, input.path("interim").asBoolean(false));
                default -> answer.put(key, input.has(key) ? LENIENT.convertValue(input.get(key), Object.class) : null);
            }
        }
        return ReactorResult.of(answer, "OPERATION");
    }

    private List<Object> invoke(ObjectNode input) throws PixelError {
        String engineId = input.path("objId").asText();
        Engine engine = context.runtime().engine(engineId);
        if (engine == null || context.user().permissionOn(engine.id()).isEmpty()) {
            throw new PixelError("Engine " + engineId + " does not exist or user does not have access to it");
        }
        String method = input.path("methodName").asText();
        List<String> classes = new ArrayList<>();
        input.path("payloadClassNames").forEach(n -> classes.add(n.asText()));
        List<JsonNode> values = new ArrayList<>();
        input.path("payload").forEach(values::add);
        boolean allStrings = classes.stream().allMatch("java.lang.String"::equals);
        boolean query = method.equals("execQuery") && allStrings && (classes.size() == 1 || classes.size() == 2);
        boolean write = (method.equals("insertData") || method.equals("updateData") || method.equals("removeData"))
                && allStrings && classes.size() == 1;
        if (!query && !write) {
            throw new PixelError("Unable to find method called " + method + " for engine type DATABASE");
        }
        String sql = values.isEmpty() ? "" : values.get(0).asText();
        try {
            if (write) {
                engine.executeWrite(sql);
                List<Object> none = new ArrayList<>();
                none.add(null);
                return none;
            }
            boolean json = classes.size() == 2 && "json".equals(values.get(1).asText());
            List<Object> rows = execQueryTwice(engine, sql);
            if (!json) {
                return List.of("/opt/semoss/InsightCache/" + context.session().id() + "/"
                        + context.insight().id() + "/a_" + Integer.toHexString(rows.hashCode()) + ".json");
            }
            Map<String, Object> array = new LinkedHashMap<>();
            array.put("myArrayList", rows);
            return List.of(array);
        } catch (SQLException | RuntimeException e) {
            throw new PixelError(e.getMessage() == null ? "Runtime Error Processing Python Command" : e.getMessage());
        }
    }

    /**
     * WrapperManager runs the SQL once and the worker runs it again; only the second result is read (docs/protocol.md,
     * 'RemoteEngineRun').
     */
    private static List<Object> execQueryTwice(Engine engine, String sql) throws SQLException {
        engine.lock().lock();
        try (Statement first = engine.connection().createStatement();
             Statement second = engine.connection().createStatement()) {
            engine.recordSql(sql);
            first.executeQuery(sql).close();
            engine.recordSql(sql);
            List<Object> rows = new ArrayList<>();
            try (ResultSet rs = second.executeQuery(sql)) {
                List<ColumnInfo> columns = ColumnInfo.of(rs.getMetaData());
                while (rs.next()) {
                    Map<String, Object> values = new HashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = CellValues.read(rs, i + 1, columns.get(i));
                        values.put(columns.get(i).label(),
                                value == null ? "" : String.valueOf(value).replace("\"", "\\\""));
                    }
                    Map<String, Object> wrapper = new LinkedHashMap<>();
                    wrapper.put("map", new LinkedHashMap<>(values));
                    rows.add(wrapper);
                }
            }
            return rows;
        } finally {
            engine.lock().unlock();
        }
    }
}
