package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.ColumnHeader;
import org.semossjdbc.protocol.TaskPage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The part of every SEMOSS result set that does not depend on where its rows come from: column lookup, the getters
 * and their conversions ({@link ValueConverter}), metadata, and the state JDBC asks of any forward-only, read-only
 * result. Subclasses supply the rows: {@link SemossResultSet} streams a server task page by page,
 * {@link InMemoryResultSet} holds rows the driver already has (database metadata, generated keys).
 *
 * <p>Threads: like every JDBC result set, it is meant for one thread; {@link #closed} is volatile so that
 * {@code Statement.close()} from another thread is seen.
 */
abstract class AbstractSemossResultSet extends ReadOnlyResultSet {
    private final SemossStatement statement;
    private final List<ColumnHeader> headers;
    private final ColumnType[] types;
    private final ZoneId sessionZone;
    private boolean wasNull;
    private volatile boolean closed;
    private SemossResultSetMetaData metaData;

    /**
     * @param statement   the statement that produced it, or null for metadata results
     * @param headers     the columns, in SQL order
     * @param sessionZone the zone of TIMESTAMP values without an offset
     */
    AbstractSemossResultSet(SemossStatement statement, List<ColumnHeader> headers, ZoneId sessionZone) {
        this.statement = statement;
        this.headers = headers;
        this.types = new ColumnType[headers.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = ColumnType.fromDataType(headers.get(i).dataType());
        }
        this.sessionZone = sessionZone;
    }

    /** The current row's values (shorter than the column count means trailing NULLs), or null when there is none. */
    abstract Object[] currentRow();

    /** Releases what the rows hold (a server task, a page); called once, by {@link #close}. */
    abstract void releaseRows();

    @Override
    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("ResultSet");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            releaseRows();
            if (statement != null) {
                statement.resultSetClosed(this);
            }
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private Object value(int column) throws SQLException {
        checkOpen();
        Object[] current = currentRow();
        if (current == null) {
            throw new SQLException("No current row: call next() first, or the result set is after its last row",
                    "24000");
        }
        if (column < 1 || column > headers.size()) {
            throw new SQLException("Column index " + column + " out of range 1.." + headers.size(), "07009");
        }
        Object v = column - 1 < current.length ? current[column - 1] : null;
        wasNull = v == null;
        return v;
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public int findColumn(String label) throws SQLException {
        checkOpen();
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).label() != null && headers.get(i).label().equalsIgnoreCase(label)) {
                return i + 1;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).name() != null && headers.get(i).name().equalsIgnoreCase(label)) {
                return i + 1;
            }
        }
        throw new SQLException("No column named '" + label + "' in this result", "42S22");
    }

    // ---- getters by index

    @Override
    public String getString(int i) throws SQLException {
        return ValueConverter.toText(value(i));
    }

    @Override
    public boolean getBoolean(int i) throws SQLException {
        return ValueConverter.toBoolean(value(i));
    }

    @Override
    public byte getByte(int i) throws SQLException {
        return (byte) ValueConverter.toLong(value(i), Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    @Override
    public short getShort(int i) throws SQLException {
        return (short) ValueConverter.toLong(value(i), Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    @Override
    public int getInt(int i) throws SQLException {
        return (int) ValueConverter.toLong(value(i), Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    @Override
    public long getLong(int i) throws SQLException {
        return ValueConverter.toLong(value(i), Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    @Override
    public float getFloat(int i) throws SQLException {
        return (float) ValueConverter.toDouble(value(i));
    }

    @Override
    public double getDouble(int i) throws SQLException {
        return ValueConverter.toDouble(value(i));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int i, int scale) throws SQLException {
        BigDecimal d = getBigDecimal(i);
        return d == null ? null : d.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal getBigDecimal(int i) throws SQLException {
        return ValueConverter.toBigDecimal(value(i));
    }

    @Override
    public byte[] getBytes(int i) throws SQLException {
        return ValueConverter.toBytes(value(i));
    }

    @Override
    public Date getDate(int i) throws SQLException {
        return date(value(i), sessionZone);
    }

    @Override
    public Time getTime(int i) throws SQLException {
        return time(value(i), sessionZone);
    }

    @Override
    public Timestamp getTimestamp(int i) throws SQLException {
        return timestamp(value(i), sessionZone);
    }

    @Override
    public Date getDate(int i, Calendar cal) throws SQLException {
        return date(value(i), zoneOf(cal));
    }

    @Override
    public Time getTime(int i, Calendar cal) throws SQLException {
        return time(value(i), zoneOf(cal));
    }

    @Override
    public Timestamp getTimestamp(int i, Calendar cal) throws SQLException {
        return timestamp(value(i), zoneOf(cal));
    }

    private ZoneId zoneOf(Calendar cal) {
        return cal == null ? sessionZone : cal.getTimeZone().toZoneId();
    }

    private static Date date(Object v, ZoneId zone) throws SQLException {
        LocalDate d = ValueConverter.toLocalDate(v);
        return d == null ? null : new Date(d.atStartOfDay(zone).toInstant().toEpochMilli());
    }

    private static Time time(Object v, ZoneId zone) throws SQLException {
        LocalTime t = ValueConverter.toLocalTime(v);
        if (t == null) {
            return null;
        }
        long millis = t.atDate(LocalDate.of(1970, 1, 1)).atZone(zone).toInstant().toEpochMilli();
        return new Time(millis);
    }

    private static Timestamp timestamp(Object v, ZoneId zone) throws SQLException {
        Instant instant = ValueConverter.toInstant(v, zone);
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public InputStream getAsciiStream(int i) throws SQLException {
        String s = getString(i);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int i) throws SQLException {
        String s = getString(i);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_16BE));
    }

    @Override
    public InputStream getBinaryStream(int i) throws SQLException {
        byte[] b = getBytes(i);
        return b == null ? null : new ByteArrayInputStream(b);
    }

    @Override
    public Reader getCharacterStream(int i) throws SQLException {
        String s = getString(i);
        return s == null ? null : new StringReader(s);
    }

    @Override
    public Reader getNCharacterStream(int i) throws SQLException {
        return getCharacterStream(i);
    }

    @Override
    public String getNString(int i) throws SQLException {
        return getString(i);
    }

    @Override
    public Object getObject(int i) throws SQLException {
        Object v = value(i);
        if (v == null) {
            return null;
        }
        return switch (types[i - 1]) {
            case BIGINT -> v instanceof Integer || v instanceof Long ? ((Number) v).longValue()
                    : v instanceof BigInteger ? v : convertOr(v, () -> ValueConverter.toLong(v, Long.MIN_VALUE,
                    Long.MAX_VALUE, "long"));
            case INTEGER -> convertOr(v, () -> (int) ValueConverter.toLong(v, Integer.MIN_VALUE, Integer.MAX_VALUE,
                    "int"));
            case SMALLINT -> convertOr(v, () -> (short) ValueConverter.toLong(v, Short.MIN_VALUE, Short.MAX_VALUE,
                    "short"));
            case DOUBLE -> convertOr(v, () -> ValueConverter.toDouble(v));
            case BOOLEAN -> convertOr(v, () -> ValueConverter.toBoolean(v));
            case DATE -> convertOr(v, () -> date(v, sessionZone));
            case TIMESTAMP -> convertOr(v, () -> timestamp(v, sessionZone));
            case VARCHAR -> ValueConverter.toText(v);
        };
    }

    private interface Conversion {
        Object apply() throws SQLException;
    }

    /** A value the column type cannot hold (e.g. a PostgreSQL interval labelled INT) is returned as its text. */
    private static Object convertOr(Object v, Conversion conversion) {
        try {
            return conversion.apply();
        } catch (SQLException e) {
            return ValueConverter.toText(v);
        }
    }

    @Override
    public Object getObject(int i, Map<String, Class<?>> map) throws SQLException {
        return getObject(i);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getObject(int i, Class<T> type) throws SQLException {
        if (type == null) {
            throw new SQLException("type must not be null", "HY009");
        }
        Object v = value(i);
        if (v == null) {
            return null;
        }
        Object result;
        if (type == String.class) {
            result = ValueConverter.toText(v);
        } else if (type == Integer.class) {
            result = getInt(i);
        } else if (type == Long.class) {
            result = getLong(i);
        } else if (type == Short.class) {
            result = getShort(i);
        } else if (type == Byte.class) {
            result = getByte(i);
        } else if (type == Double.class) {
            result = getDouble(i);
        } else if (type == Float.class) {
            result = getFloat(i);
        } else if (type == BigDecimal.class) {
            result = getBigDecimal(i);
        } else if (type == BigInteger.class) {
            result = ValueConverter.toBigDecimal(v).toBigInteger();
        } else if (type == Boolean.class) {
            result = getBoolean(i);
        } else if (type == byte[].class) {
            result = getBytes(i);
        } else if (type == Date.class) {
            result = getDate(i);
        } else if (type == Time.class) {
            result = getTime(i);
        } else if (type == Timestamp.class || type == java.util.Date.class) {
            result = getTimestamp(i);
        } else if (type == LocalDate.class) {
            result = ValueConverter.toLocalDate(v);
        } else if (type == LocalTime.class) {
            result = ValueConverter.toLocalTime(v);
        } else if (type == LocalDateTime.class) {
            result = ValueConverter.toLocalDateTime(v);
        } else if (type == OffsetDateTime.class) {
            result = ValueConverter.toOffsetDateTime(v, sessionZone);
        } else if (type == ZonedDateTime.class) {
            result = ValueConverter.toZonedDateTime(v, sessionZone);
        } else if (type == OffsetTime.class) {
            result = ValueConverter.toOffsetTime(v, sessionZone);
        } else if (type == Instant.class) {
            result = ValueConverter.toInstant(v, sessionZone);
        } else if (type == UUID.class) {
            result = ValueConverter.toUuid(v);
        } else if (type == Object.class) {
            result = getObject(i);
        } else {
            throw new SQLDataException("Cannot convert a column to " + type.getName(), "22018");
        }
        return (T) result;
    }

    @Override
    public URL getURL(int i) throws SQLException {
        String s = getString(i);
        try {
            return s == null ? null : URI.create(s).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new SQLDataException("Not a URL: " + s, "22018");
        }
    }

    @Override
    public Clob getClob(int i) throws SQLException {
        throw SqlExceptions.unsupported("getClob (use getString)");
    }

    @Override
    public NClob getNClob(int i) throws SQLException {
        throw SqlExceptions.unsupported("getNClob (use getString)");
    }

    @Override
    public Blob getBlob(int i) throws SQLException {
        throw SqlExceptions.unsupported("getBlob (use getBytes)");
    }

    @Override
    public Array getArray(int i) throws SQLException {
        throw SqlExceptions.unsupported("getArray (use getString for the JSON text)");
    }

    @Override
    public Ref getRef(int i) throws SQLException {
        throw SqlExceptions.unsupported("getRef");
    }

    @Override
    public RowId getRowId(int i) throws SQLException {
        throw SqlExceptions.unsupported("getRowId");
    }

    @Override
    public SQLXML getSQLXML(int i) throws SQLException {
        throw SqlExceptions.unsupported("getSQLXML");
    }

    // ---- getters by label

    @Override
    public String getString(String l) throws SQLException {
        return getString(findColumn(l));
    }

    @Override
    public boolean getBoolean(String l) throws SQLException {
        return getBoolean(findColumn(l));
    }

    @Override
    public byte getByte(String l) throws SQLException {
        return getByte(findColumn(l));
    }

    @Override
    public short getShort(String l) throws SQLException {
        return getShort(findColumn(l));
    }

    @Override
    public int getInt(String l) throws SQLException {
        return getInt(findColumn(l));
    }

    @Override
    public long getLong(String l) throws SQLException {
        return getLong(findColumn(l));
    }

    @Override
    public float getFloat(String l) throws SQLException {
        return getFloat(findColumn(l));
    }

    @Override
    public double getDouble(String l) throws SQLException {
        return getDouble(findColumn(l));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String l, int scale) throws SQLException {
        return getBigDecimal(findColumn(l), scale);
    }

    @Override
    public BigDecimal getBigDecimal(String l) throws SQLException {
        return getBigDecimal(findColumn(l));
    }

    @Override
    public byte[] getBytes(String l) throws SQLException {
        return getBytes(findColumn(l));
    }

    @Override
    public Date getDate(String l) throws SQLException {
        return getDate(findColumn(l));
    }

    @Override
    public Time getTime(String l) throws SQLException {
        return getTime(findColumn(l));
    }

    @Override
    public Timestamp getTimestamp(String l) throws SQLException {
        return getTimestamp(findColumn(l));
    }

    @Override
    public Date getDate(String l, Calendar cal) throws SQLException {
        return getDate(findColumn(l), cal);
    }

    @Override
    public Time getTime(String l, Calendar cal) throws SQLException {
        return getTime(findColumn(l), cal);
    }

    @Override
    public Timestamp getTimestamp(String l, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(l), cal);
    }

    @Override
    public InputStream getAsciiStream(String l) throws SQLException {
        return getAsciiStream(findColumn(l));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String l) throws SQLException {
        return getUnicodeStream(findColumn(l));
    }

    @Override
    public InputStream getBinaryStream(String l) throws SQLException {
        return getBinaryStream(findColumn(l));
    }

    @Override
    public Reader getCharacterStream(String l) throws SQLException {
        return getCharacterStream(findColumn(l));
    }

    @Override
    public Reader getNCharacterStream(String l) throws SQLException {
        return getNCharacterStream(findColumn(l));
    }

    @Override
    public String getNString(String l) throws SQLException {
        return getNString(findColumn(l));
    }

    @Override
    public Object getObject(String l) throws SQLException {
        return getObject(findColumn(l));
    }

    @Override
    public Object getObject(String l, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(l), map);
    }

    @Override
    public <T> T getObject(String l, Class<T> type) throws SQLException {
        return getObject(findColumn(l), type);
    }

    @Override
    public URL getURL(String l) throws SQLException {
        return getURL(findColumn(l));
    }

    @Override
    public Clob getClob(String l) throws SQLException {
        return getClob(findColumn(l));
    }

    @Override
    public NClob getNClob(String l) throws SQLException {
        return getNClob(findColumn(l));
    }

    @Override
    public Blob getBlob(String l) throws SQLException {
        return getBlob(findColumn(l));
    }

    @Override
    public Array getArray(String l) throws SQLException {
        return getArray(findColumn(l));
    }

    @Override
    public Ref getRef(String l) throws SQLException {
        return getRef(findColumn(l));
    }

    @Override
    public RowId getRowId(String l) throws SQLException {
        return getRowId(findColumn(l));
    }

    @Override
    public SQLXML getSQLXML(String l) throws SQLException {
        return getSQLXML(findColumn(l));
    }

    // ---- state common to every result

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public String getCursorName() throws SQLException {
        throw SqlExceptions.unsupported("Named cursors");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        if (metaData == null) {
            metaData = new SemossResultSetMetaData(headers, types);
        }
        return metaData;
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly();
    }

    private SQLException forwardOnly() throws SQLException {
        checkOpen();
        return new java.sql.SQLFeatureNotSupportedException("SEMOSS result sets are TYPE_FORWARD_ONLY", "0A000");
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw new SQLException("Only FETCH_FORWARD is supported", "HY024");
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
