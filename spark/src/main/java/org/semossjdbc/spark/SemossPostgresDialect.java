package org.semossjdbc.spark;

import java.sql.Types;
import org.apache.spark.sql.connector.expressions.filter.Predicate;
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
import scala.Option;

/**
 * {@link SemossDialect} for SEMOSS engines on PostgreSQL: {@code "}-quoted identifiers, {@code TEXT},
 * {@code NUMERIC(p,s)}, {@code TIMESTAMP} (without time zone, as Spark's timestamps are read and written in the JVM's
 * zone), {@code TRUNCATE TABLE ONLY} so that inheriting tables keep their rows.
 */
public final class SemossPostgresDialect extends SemossDialect {
    private static final long serialVersionUID = 1L;

    /** For {@link java.util.ServiceLoader} and {@link SemossDialect#register()}. */
    public SemossPostgresDialect() {
        // stateless
    }

    @Override
    Dialect engine() {
        return Dialect.POSTGRESQL;
    }

    /** {@code "name"}, inner quotes doubled. */
    @Override
    public String quoteIdentifier(String column) {
        return doubleQuoted(column);
    }

    /** {@code TRUNCATE TABLE ONLY table}, with {@code CASCADE} when Spark's {@code cascadeTruncate} option asks. */
    @Override
    public String getTruncateQuery(String table, Option<Object> cascade) {
        boolean cascading = cascade.isDefined() && Boolean.TRUE.equals(cascade.get());
        return "TRUNCATE TABLE ONLY " + table + (cascading ? " CASCADE" : "");
    }

    @Override
    boolean likeIsSafe(Predicate predicate) {
        return !patternHasBackslash(predicate);
    }

    @Override
    JdbcType columnType(DataType type) {
        if (type instanceof StringType) {
            return new JdbcType("TEXT", Types.VARCHAR);
        } else if (type instanceof BooleanType) {
            return new JdbcType("BOOLEAN", Types.BOOLEAN);
        } else if (type instanceof ByteType || type instanceof ShortType) {
            return new JdbcType("SMALLINT", Types.SMALLINT);
        } else if (type instanceof FloatType) {
            return new JdbcType("REAL", Types.REAL);
        } else if (type instanceof DoubleType) {
            return new JdbcType("DOUBLE PRECISION", Types.DOUBLE);
        } else if (type instanceof DecimalType decimal) {
            return new JdbcType("NUMERIC(" + decimal.precision() + "," + decimal.scale() + ")", Types.NUMERIC);
        } else if (type instanceof TimestampType || type instanceof TimestampNTZType) {
            return new JdbcType("TIMESTAMP", Types.TIMESTAMP);
        } else if (type instanceof BinaryType) {
            return new JdbcType("BYTEA", Types.BINARY);
        }
        return null;
    }
}
