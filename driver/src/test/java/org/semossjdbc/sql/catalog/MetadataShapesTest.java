package org.semossjdbc.sql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Checks {@link MetadataShapes} against the JDBC 4.3 conformance table {@code jdbc43-metadata-shapes.txt}. */
class MetadataShapesTest {

    @Test
    void everyShapeIsTheJavadocs() {
        Map<String, List<String>> expected = new TreeMap<>();
        for (String[] c : CatalogQueriesTest.cases("jdbc43-metadata-shapes.txt")) {
            List<String> columns = expected.computeIfAbsent(c[0], m -> new ArrayList<>());
            assertEquals(columns.size() + 1, Integer.parseInt(c[1]), "positions in order for " + c[0]);
            columns.add(c[2] + " " + c[3]);
        }
        assertEquals(expected.keySet(), new TreeSet<>(MetadataShapes.methods()));
        for (Map.Entry<String, List<String>> method : expected.entrySet()) {
            List<String> actual = new ArrayList<>();
            for (MetadataColumn column : MetadataShapes.forMethod(method.getKey()).columns()) {
                assertEquals(JDBCType.valueOf(column.jdbcType()).getName(), column.typeName());
                actual.add(column.name() + " " + JDBCType.valueOf(column.jdbcType()).getName());
            }
            assertEquals(method.getValue(), actual, method.getKey());
        }
    }

    @Test
    void everyResultSetMethodOfDatabaseMetaDataHasAShape() {
        TreeSet<String> methods = new TreeSet<>();
        for (Method method : DatabaseMetaData.class.getMethods()) {
            if (method.getReturnType() == ResultSet.class) {
                methods.add(method.getName());
            }
        }
        assertEquals(methods, new TreeSet<>(MetadataShapes.methods()));
    }

    @Test
    void unknownMethodsAreRefused() {
        assertThrows(NoSuchElementException.class, () -> MetadataShapes.forMethod("getURL"));
    }

    @Test
    void indexOfFindsLabelsExactly() {
        ResultShape shape = MetadataShapes.forMethod("getPrimaryKeys");
        assertEquals(4, shape.indexOf("KEY_SEQ"));
        assertEquals(-1, shape.indexOf("key_seq"));
    }
}
