package org.semossjdbc.sql.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A static {@code getTypeInfo} answer read from {@code typeinfo-<dialect>.tsv} next to this class: one type per
 * line, the 18 javadoc columns separated by tabs, {@code \N} for null, {@code #} for comments. The rows are in
 * javadoc order (by DATA_TYPE, then closest match first).
 */
final class TypeInfoTable {

    private TypeInfoTable() {
    }

    static MetadataQuery load(String dialect, ResultShape shape) {
        String resource = "typeinfo-" + dialect + ".tsv";
        List<List<Object>> rows = new ArrayList<>();
        try (InputStream in = TypeInfoTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.asList(line.split("\t", -1));
                List<Object> row = new ArrayList<>(fields.size());
                for (String field : fields) {
                    row.add("\\N".equals(field) ? null : field);
                }
                rows.add(shape.convertRow(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return MetadataQuery.rows(shape, rows);
    }
}
