package org.semossjdbc.spark;

import java.sql.Types;
import org.apache.spark.sql.jdbc.JdbcType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.semossjdbc.sql.Dialect;

/**
 * {@link SemossDialect} for SEMOSS engines on H2 (SEMOSS ships H2 1.4.200): {@code "}-quoted identifiers, text as
 * {@code VARCHAR} (unbounded on H2; {@code TEXT} would be a CLOB), {@code TIMESTAMP} with microseconds.
 */
public final class SemossH2Dialect extends SemossDialect {
    private static final long serialVersionUID = 1L;

    /** For {@link java.util.ServiceLoader} and {@link SemossDialect#register()}. */
    public SemossH2Dialect() {
        // stateless
    }

    @Override
    Dialect engine() {
        return Dialect.H2;
    }

    /** {@code "name"}, inner quotes doubled. */
    @Override
    public String quoteIdentifier(String column) {
        return doubleQuoted(column);
    }

    @Override
    JdbcType columnType(DataType type) {
        if (type instanceof StringType) {
            return new JdbcType("VARCHAR", Types.VARCHAR);
        } else if (type instanceof BooleanType) {
            return new JdbcType("BOOLEAN", Types.BOOLEAN);
        } else if (type instanceof ByteType) {
            return new JdbcType("TINYINT", Types.TINYINT);
        } else if (type instanceof ShortType) {
            return new JdbcType("SMALLINT", Types.SMALLINT);
        } else if (type instanceof FloatType) {
            return new JdbcType("REAL", Types.REAL);
        } else if (type instanceof DoubleType) {
            return new JdbcType("DOUBLE", Types.DOUBLE);
        } else if (type instanceof DecimalType decimal) {
            return new JdbcType("DECIMAL(" + decimal.precision() + "," + decimal.scale() + ")", Types.DECIMAL);
        } else if (type instanceof TimestampType || type instanceof TimestampNTZType) {
            return new JdbcType("TIMESTAMP(6)", Types.TIMESTAMP);
        } else if (type instanceof BinaryType) {
            return new JdbcType("VARBINARY", Types.VARBINARY);
        }
        return null;
    }
}
