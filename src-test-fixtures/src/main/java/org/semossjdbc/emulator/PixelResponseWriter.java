package org.semossjdbc.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.List;

/**
 * Streams the runPixel envelope {@code {"insightID":..., "pixelReturn":[...]}}. Lazy reads run here, entry by
 * entry, after every statement of the request has run (§3.7): a read whose SQL fails becomes an ERROR entry
 * carrying the driver's message, and rows are streamed straight from the ResultSet.
 */
final class PixelResponseWriter {

    private final Insight insight;
    private final ServerCosts costs;
    private final CostMeter meter;

    /**
     * @param costs what rendering rows costs
     * @param meter the response's meter, which rows are charged to (and which is settled before the envelope ends)
     */
    PixelResponseWriter(Insight insight, ServerCosts costs, CostMeter meter) {
        this.insight = insight;
        this.costs = costs;
        this.meter = meter;
    }

    void write(OutputStream out, List<PixelEntry> entries) throws IOException {
        JsonGenerator json = GsonStyleJson.generator(out);
        json.writeStartObject();
        json.writeStringField("insightID", insight.id());
        json.writeArrayFieldStart("pixelReturn");
        for (PixelEntry entry : entries) {
            writeEntry(json, resolve(entry));
        }
        json.writeEndArray();
        // The last bytes leave only once the response's cost is paid, as a server still rendering would hold them.
        meter.settle();
        json.writeEndObject();
        json.flush();
    }

    /** Runs a pending query; its failure turns the entry into an ERROR entry. */
    private PixelEntry resolve(PixelEntry entry) {
        if (!(entry.output() instanceof TaskPage page) || (!page.execute() && page.task().executed())) {
            return entry;
        }
        try {
            page.task().execute();
            return entry;
        } catch (SQLException | RuntimeException e) {
            insight.removeTask(page.task().id());
            return new PixelEntry(entry.pixelId(), entry.expression(), entry.meta(), entry.timeToRun(),
                    e.getMessage(), List.of("ERROR"), null);
        }
    }

    private void writeEntry(JsonGenerator json, PixelEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("pixelId", entry.pixelId());
        json.writeStringField("pixelExpression", entry.expression());
        json.writeBooleanField("isMeta", entry.meta());
        json.writeNumberField("timeToRun", entry.timeToRun());
        json.writeFieldName("output");
        if (entry.output() instanceof TaskPage page) {
            writeTaskData(json, page);
        } else {
            writeValue(json, entry.output());
        }
        json.writeArrayFieldStart("operationType");
        for (String type : entry.operationType()) {
            json.writeString(type);
        }
        json.writeEndArray();
        if (entry.additionalOutput() != null && !entry.additionalOutput().isEmpty()) {
            json.writeFieldName("additionalOutput");
            writeValue(json, entry.additionalOutput());
        }
        json.writeEndObject();
    }

    private void writeTaskData(JsonGenerator json, TaskPage page) throws IOException {
        Task task = page.task();
        List<ColumnInfo> columns = task.columns();
        long rowCost = costs.rowCost(columns.stream().map(ColumnInfo::dataType).toList());
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeArrayFieldStart("values");
        int rows;
        try {
            rows = task.writeRows(json, page.limit(), () -> meter.charge(rowCost));
        } catch (SQLException e) {
            // Rows were already streamed: the server would break the response the same way.
            throw new IOException("Reading " + task.id() + " failed: " + e.getMessage(), e);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("headers");
        for (ColumnInfo column : columns) {
            json.writeString(column.label());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rawHeaders");
        for (ColumnInfo column : columns) {
            // With no rows the server fills both header arrays from the labels.
            json.writeString(rows == 0 ? column.label() : column.name());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeArrayFieldStart("headerInfo");
        for (ColumnInfo column : columns) {
            String dataType = column.dataType();
            json.writeStartObject();
            json.writeStringField("dataType", dataType);
            json.writeStringField("alias", column.label());
            json.writeStringField("header", column.label());
            json.writeStringField("type", SemossTypes.displayType(dataType));
            json.writeBooleanField("derived", false);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("sources");
        json.writeStartObject();
        json.writeStringField("name", task.engine().id());
        json.writeStringField("type", "RAW_ENGINE_QUERY");
        json.writeEndObject();
        json.writeEndArray();
        json.writeNumberField("numCollected", page.limit());
        json.writeStringField("taskId", task.id());
        json.writeEndObject();
    }

    /** Writes a reactor output as Gson would; pipe intermediates show a short text instead of their internals. */
    static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof PipelineValues.DatabaseSource source) {
            json.writeString(source.engine().id());
        } else if (value instanceof PipelineValues.QuerySource query) {
            json.writeString(query.sql());
        } else if (value instanceof PipelineValues.TaskReference reference) {
            json.writeString(reference.task().id());
        } else {
            ColumnValueWriter.writeObject(json, value);
        }
    }
}
