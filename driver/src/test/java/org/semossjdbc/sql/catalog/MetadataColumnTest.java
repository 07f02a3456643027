package org.semossjdbc.sql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.JDBCType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven ({@code conversions.txt}): values as SEMOSS sends them (JSON: SMALLINT as strings, DECIMAL as
 * doubles, MariaDB flags as 0/1) convert to the Java class JDBC promises for the column type.
 */
class MetadataColumnTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() {
        return CatalogQueriesTest.cases("conversions.txt").stream().map(c -> Arguments.of(String.join(" | ", c), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wireValueConvertsAsTabulated(String line, String[] c) throws Exception {
        MetadataColumn column = MetadataColumn.of("C", JDBCType.valueOf(c[0]).getVendorTypeNumber());
        Object wire = JSON.readValue(c[1], Object.class);
        String expected = c[2];
        if (expected.equals("error")) {
            assertThrows(IllegalArgumentException.class, () -> column.convert(wire), c[0] + " " + c[1]);
            return;
        }
        Object converted = column.convert(wire);
        String actual = converted == null ? "null"
                : converted.getClass().getSimpleName() + ":" + converted;
        assertEquals(expected, actual, c[0] + " from " + c[1]);
        if (converted != null) {
            assertEquals(column.javaClass(), converted.getClass());
        }
    }
}
