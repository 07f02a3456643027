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

/**
 * {@link SemossDialect} for SEMOSS engines on MariaDB (or MySQL): {@code `}-quoted identifiers (MariaDB reads
 * {@code "id"} as the string 'id'), strings with backslashes escaped, {@code LONGTEXT}, {@code DATETIME(6)} for
 * timestamps (MariaDB's {@code TIMESTAMP} ends in 2038 and updates itself), no {@code OFFSET} without {@code LIMIT}
 * (Spark applies such offsets itself), and no pushed-down LIKE predicates (Spark writes {@code ESCAPE '\'}, an
 * unterminated string on MariaDB).
 */
public final class SemossMariaDbDialect extends SemossDialect {
    private static final long serialVersionUID = 1L;

    /** For {@link java.util.ServiceLoader} and {@link SemossDialect#register()}. */
    public SemossMariaDbDialect() {
        // stateless
    }

    @Override
    Dialect engine() {
        return Dialect.MARIADB;
    }

    /** {@code `name`}, inner backticks doubled. */
    @Override
    public String quoteIdentifier(String column) {
        return '`' + column.replace("`", "``") + '`';
    }

    /** Quotes doubled and backslashes escaped: MariaDB reads a backslash in a string literal as an escape. */
    @Override
    public String escapeSql(String value) {
        return value == null ? null : value.replace("\\", "\\\\").replace("'", "''");
    }

    /** MariaDB has {@code LIMIT n OFFSET m} but no {@code OFFSET} alone. */
    @Override
    public boolean supportsOffset() {
        return false;
    }

    @Override
    boolean likeIsSafe(Predicate predicate) {
        return false;
    }

    @Override
    JdbcType columnType(DataType type) {
        if (type instanceof StringType) {
            return new JdbcType("LONGTEXT", Types.LONGVARCHAR);
        } else if (type instanceof BooleanType) {
            return new JdbcType("BOOLEAN", Types.BOOLEAN);
        } else if (type instanceof ByteType) {
            return new JdbcType("TINYINT", Types.TINYINT);
        } else if (type instanceof ShortType) {
            return new JdbcType("SMALLINT", Types.SMALLINT);
        } else if (type instanceof FloatType) {
            return new JdbcType("FLOAT", Types.REAL);
        } else if (type instanceof DoubleType) {
            return new JdbcType("DOUBLE", Types.DOUBLE);
        } else if (type instanceof DecimalType decimal) {
            return new JdbcType("DECIMAL(" + decimal.precision() + "," + decimal.scale() + ")", Types.DECIMAL);
        } else if (type instanceof TimestampType || type instanceof TimestampNTZType) {
            return new JdbcType("DATETIME(6)", Types.TIMESTAMP);
        } else if (type instanceof BinaryType) {
            return new JdbcType("LONGBLOB", Types.LONGVARBINARY);
        }
        return null;
    }
}
