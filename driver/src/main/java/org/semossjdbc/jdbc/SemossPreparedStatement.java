package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.CallScope;
import org.semossjdbc.protocol.PixelEncoder;
import org.semossjdbc.sql.Classification;
import org.semossjdbc.sql.JdbcEscapes;
import org.semossjdbc.sql.LiteralRenderer;
import org.semossjdbc.sql.ParsedStatement;
import org.semossjdbc.sql.StatementClassifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.BatchUpdateException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;

/**
 * A prepared statement. SEMOSS has no bind protocol, so each value is rendered as a SQL literal for the engine's
 * dialect when it is set ({@link LiteralRenderer}), and the final SQL is built at execution. A value the backend
 * cannot store fails at set time (22023).
 */
class SemossPreparedStatement extends SemossStatement implements PreparedStatement {
    /** Form-encoded bytes per multi-row INSERT: one statement always fits a batch request (§4.4, §11.2). */
    private static final long MAX_BATCH_WIRE_BYTES = BatchRunner.REQUEST_BUDGET / 2;
    private static final int MAX_BATCH_ROWS = 1000;

    private final ParsedStatement parsed;
    private final Classification classification;
    private final LiteralRenderer renderer;
    private final String[] literals;
    private final List<String[]> batchRows = new ArrayList<>();
    private final boolean returnKeys;
    private List<String> keyColumns = List.of();

    SemossPreparedStatement(SemossConnection connection, String sql, boolean returnKeys) throws SQLException {
        super(connection);
        ConnectionContext context = connection.context();
        String translated = JdbcEscapes.translate(sql, context.dialect());
        this.parsed = ParsedStatement.parse(translated, context.dialect());
        this.classification = StatementClassifier.shared().classify(translated, context.dialect());
        this.renderer = context.renderer();
        this.literals = new String[parsed.parameterCount()];
        this.returnKeys = returnKeys;
    }

    void keyColumns(List<String> columns) {
        this.keyColumns = List.copyOf(columns);
    }

    /** The parsed statement's classification (after escape translation). */
    Classification classification() {
        return classification;
    }

    /** The slot of JDBC parameter {@code index} among the statement's markers; a callable statement shifts it. */
    int slot(int index) throws SQLException {
        return index;
    }

    /** How many parameters JDBC counts (a callable statement adds its return value). */
    int jdbcParameterCount() {
        return literals.length;
    }

    String render() throws SQLException {
        for (int i = 0; i < literals.length; i++) {
            if (literals[i] == null) {
                throw new SQLException("No value specified for parameter " + (i + 1), "07001");
            }
        }
        return parsed.render(literals);
    }

    private List<Outcome> run(StatementRunner.Expect expect) throws SQLException {
        checkOpen();
        String sql = render();
        return runRendered(sql, expect);
    }

    private List<Outcome> runRendered(String sql, StatementRunner.Expect expect) throws SQLException {
        clearResults();
        CallScope call = beginCall();
        try {
            List<Outcome> outcomes = new StatementRunner(this, call).run(sql, classification, expect);
            install(outcomes);
            return outcomes;
        } finally {
            endCall(call);
        }
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        run(StatementRunner.Expect.ROWS);
        return requireResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return toIntCount(executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        if (returnKeys) {
            checkOpen();
            String sql = render();
            clearResults();
            CallScope call = beginCall();
            try {
                Outcome outcome = new StatementRunner(this, call).runReturningKeys(sql, classification, keyColumns);
                install(List.of(outcome));
                return outcome.updateCount();
            } finally {
                endCall(call);
            }
        }
        return totalCount(run(StatementRunner.Expect.COUNT));
    }

    @Override
    public boolean execute() throws SQLException {
        if (returnKeys) {
            executeLargeUpdate();
            return false;
        }
        return run(StatementRunner.Expect.ANY).get(0).resultSet() != null;
    }

    // ---- parameters

    private void set(int index, String literal) throws SQLException {
        checkOpen();
        int slot = slot(index);
        if (slot < 1 || slot > literals.length) {
            throw new SQLException("Parameter index " + index + " out of range 1.." + jdbcParameterCount(), "07009");
        }
        literals[slot - 1] = literal;
    }

    private interface Render {
        String apply();
    }

    /** Renders now, so a value the backend cannot store fails at set time with the renderer's message. */
    private void setRendered(int index, Render render) throws SQLException {
        String literal;
        try {
            literal = render.apply();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new SQLDataException("Parameter " + index + ": " + e.getMessage(), "22023");
        }
        set(index, literal);
    }

    @Override
    public void setNull(int index, int sqlType) throws SQLException {
        set(index, renderer.nullLiteral());
    }

    @Override
    public void setNull(int index, int sqlType, String typeName) throws SQLException {
        setNull(index, sqlType);
    }

    @Override
    public void setBoolean(int index, boolean x) throws SQLException {
        setRendered(index, () -> renderer.bool(x));
    }

    @Override
    public void setByte(int index, byte x) throws SQLException {
        setRendered(index, () -> renderer.integer(x));
    }

    @Override
    public void setShort(int index, short x) throws SQLException {
        setRendered(index, () -> renderer.integer(x));
    }

    @Override
    public void setInt(int index, int x) throws SQLException {
        setRendered(index, () -> renderer.integer(x));
    }

    @Override
    public void setLong(int index, long x) throws SQLException {
        setRendered(index, () -> renderer.integer(x));
    }

    @Override
    public void setFloat(int index, float x) throws SQLException {
        // Float.toString keeps the float's own digits (1.1f stays 1.1, not 1.100000023841858).
        setRendered(index, () -> Float.isFinite(x) ? renderer.decimal(new BigDecimal(Float.toString(x)))
                : renderer.floating(x));
    }

    @Override
    public void setDouble(int index, double x) throws SQLException {
        setRendered(index, () -> renderer.floating(x));
    }

    @Override
    public void setBigDecimal(int index, BigDecimal x) throws SQLException {
        setRendered(index, () -> x == null ? renderer.nullLiteral() : renderer.decimal(x));
    }

    @Override
    public void setString(int index, String x) throws SQLException {
        setRendered(index, () -> x == null ? renderer.nullLiteral() : renderer.string(x));
    }

    @Override
    public void setNString(int index, String x) throws SQLException {
        setString(index, x);
    }

    @Override
    public void setBytes(int index, byte[] x) throws SQLException {
        setRendered(index, () -> x == null ? renderer.nullLiteral() : renderer.bytes(x));
    }

    @Override
    public void setDate(int index, Date x) throws SQLException {
        setRendered(index, () -> x == null ? renderer.nullLiteral() : renderer.object(x));
    }

    @Override
    public void setTime(int index, Time x) throws SQLException {
        setRendered(index, () -> x == null ? renderer.nullLiteral() : renderer.object(x));
    }

    @Override
    public void setTimestamp(int index, Timestamp x) throws SQLException {
        setRendered(index, () -> x == null ? renderer.nullLiteral() : renderer.object(x));
    }

    /** The date of {@code x}'s instant in {@code cal}'s zone. */
    @Override
    public void setDate(int index, Date x, Calendar cal) throws SQLException {
        if (x == null || cal == null) {
            setDate(index, x);
            return;
        }
        ZoneId zone = cal.getTimeZone().toZoneId();
        setRendered(index, () -> renderer.date(x.toInstant().atZone(zone).toLocalDate()));
    }

    @Override
    public void setTime(int index, Time x, Calendar cal) throws SQLException {
        if (x == null || cal == null) {
            setTime(index, x);
            return;
        }
        ZoneId zone = cal.getTimeZone().toZoneId();
        setRendered(index, () -> renderer.time(LocalDateTime.ofInstant(
                java.time.Instant.ofEpochMilli(x.getTime()), zone).toLocalTime()));
    }

    /** Writes {@code x}'s instant as the local date-time of {@code cal}'s zone. */
    @Override
    public void setTimestamp(int index, Timestamp x, Calendar cal) throws SQLException {
        if (x == null || cal == null) {
            setTimestamp(index, x);
            return;
        }
        ZoneId zone = cal.getTimeZone().toZoneId();
        setRendered(index, () -> renderer.timestamp(LocalDateTime.ofInstant(x.toInstant(), zone)));
    }

    @Override
    public void setAsciiStream(int index, InputStream x, int length) throws SQLException {
        setAsciiStream(index, x, (long) length);
    }

    @Override
    public void setAsciiStream(int index, InputStream x, long length) throws SQLException {
        setString(index, x == null ? null : new String(readBytes(x, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int index, InputStream x) throws SQLException {
        setAsciiStream(index, x, -1L);
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int index, InputStream x, int length) throws SQLException {
        setString(index, x == null ? null : new String(readBytes(x, length), StandardCharsets.UTF_16BE));
    }

    @Override
    public void setBinaryStream(int index, InputStream x, int length) throws SQLException {
        setBinaryStream(index, x, (long) length);
    }

    @Override
    public void setBinaryStream(int index, InputStream x, long length) throws SQLException {
        setBytes(index, x == null ? null : readBytes(x, length));
    }

    @Override
    public void setBinaryStream(int index, InputStream x) throws SQLException {
        setBinaryStream(index, x, -1L);
    }

    @Override
    public void setCharacterStream(int index, Reader reader, int length) throws SQLException {
        setCharacterStream(index, reader, (long) length);
    }

    @Override
    public void setCharacterStream(int index, Reader reader, long length) throws SQLException {
        setString(index, reader == null ? null : readChars(reader, length));
    }

    @Override
    public void setCharacterStream(int index, Reader reader) throws SQLException {
        setCharacterStream(index, reader, -1L);
    }

    @Override
    public void setNCharacterStream(int index, Reader value, long length) throws SQLException {
        setCharacterStream(index, value, length);
    }

    @Override
    public void setNCharacterStream(int index, Reader value) throws SQLException {
        setCharacterStream(index, value);
    }

    @Override
    public void setClob(int index, Reader reader, long length) throws SQLException {
        setCharacterStream(index, reader, length);
    }

    @Override
    public void setClob(int index, Reader reader) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setNClob(int index, Reader reader, long length) throws SQLException {
        setCharacterStream(index, reader, length);
    }

    @Override
    public void setNClob(int index, Reader reader) throws SQLException {
        setCharacterStream(index, reader);
    }

    @Override
    public void setBlob(int index, InputStream inputStream, long length) throws SQLException {
        setBinaryStream(index, inputStream, length);
    }

    @Override
    public void setBlob(int index, InputStream inputStream) throws SQLException {
        setBinaryStream(index, inputStream);
    }

    @Override
    public void setClob(int index, Clob x) throws SQLException {
        setString(index, x == null ? null : x.getSubString(1, (int) x.length()));
    }

    @Override
    public void setNClob(int index, NClob value) throws SQLException {
        setClob(index, value);
    }

    @Override
    public void setBlob(int index, Blob x) throws SQLException {
        setBytes(index, x == null ? null : x.getBytes(1, (int) x.length()));
    }

    private static byte[] readBytes(InputStream in, long length) throws SQLException {
        try {
            return length < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new SQLException("Cannot read the parameter stream: " + e.getMessage(), "HY000", e);
        }
    }

    private static String readChars(Reader reader, long length) throws SQLException {
        try {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            long left = length < 0 ? Long.MAX_VALUE : length;
            int n;
            while (left > 0 && (n = reader.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                out.append(buffer, 0, n);
                left -= n;
            }
            return out.toString();
        } catch (IOException e) {
            throw new SQLException("Cannot read the parameter reader: " + e.getMessage(), "HY000", e);
        }
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        Arrays.fill(literals, null);
    }

    @Override
    public void setObject(int index, Object x) throws SQLException {
        setRendered(index, () -> renderer.object(x));
    }

    @Override
    public void setObject(int index, Object x, int targetSqlType) throws SQLException {
        setObject(index, x, targetSqlType, 0);
    }

    /** Converts {@code x} to the target type first, as JDBC specifies; java.time values are accepted as they are. */
    @Override
    public void setObject(int index, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
        if (x == null) {
            setNull(index, targetSqlType);
            return;
        }
        switch (targetSqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> setString(index, x instanceof byte[] ? null : x.toString());
            case Types.BOOLEAN, Types.BIT -> setBoolean(index, ValueConverter.toBoolean(x));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> setRendered(index,
                    () -> integerLiteral(x));
            case Types.DECIMAL, Types.NUMERIC -> setBigDecimal(index, ValueConverter.toBigDecimal(number(x)));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> setDouble(index, ValueConverter.toDouble(number(x)));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                if (!(x instanceof byte[] bytes)) {
                    throw new SQLDataException("Parameter " + index + ": a binary target needs byte[]", "22023");
                }
                setBytes(index, bytes);
            }
            default -> setObject(index, x);
        }
    }

    private static Object number(Object x) {
        return x instanceof Number ? x : x.toString();
    }

    private String integerLiteral(Object x) {
        try {
            BigDecimal value = ValueConverter.toBigDecimal(number(x));
            BigInteger whole = value.toBigIntegerExact();
            return whole.bitLength() < 64 ? renderer.integer(whole.longValueExact()) : renderer.decimal(value);
        } catch (SQLException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void setObject(int index, Object x, SQLType targetSqlType) throws SQLException {
        setObject(index, x, targetSqlType == null || targetSqlType.getVendorTypeNumber() == null
                ? Types.OTHER : targetSqlType.getVendorTypeNumber());
    }

    @Override
    public void setObject(int index, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
        setObject(index, x, targetSqlType);
    }

    @Override
    public void setRef(int index, Ref x) throws SQLException {
        throw SqlExceptions.unsupported("Ref parameters");
    }

    @Override
    public void setArray(int index, Array x) throws SQLException {
        throw SqlExceptions.unsupported("Array parameters");
    }

    @Override
    public void setURL(int index, URL x) throws SQLException {
        setString(index, x == null ? null : x.toString());
    }

    @Override
    public void setRowId(int index, RowId x) throws SQLException {
        throw SqlExceptions.unsupported("RowId parameters");
    }

    @Override
    public void setSQLXML(int index, SQLXML xmlObject) throws SQLException {
        setString(index, xmlObject == null ? null : xmlObject.getString());
    }

    /** Null: SEMOSS describes columns only after running the query, and running it here could change data. */
    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new SemossParameterMetaData(jdbcParameterCount());
    }

    // ---- batches

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        render();
        batchRows.add(literals.clone());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batchRows.clear();
    }

    /**
     * Runs the batch with several statements per request (see {@link BatchRunner}). A single-row
     * {@code INSERT ... VALUES (?, ...)} is sent as multi-row INSERTs of up to 1000 rows; each row counts 1 when its
     * statement's exact count equals its row count, else SUCCESS_NO_INFO. Other statements run once per row, with
     * their exact count where a counting form exists. With generated keys requested, INSERTs run in their RETURNING
     * form and {@link #getGeneratedKeys()} holds the rows of the whole batch; where the dialect has no such form the
     * keys are empty. A failure ends the batch after its request with a {@link BatchUpdateException} whose counts
     * cover every statement sent ({@code EXECUTE_FAILED} for the failed ones).
     */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<String[]> rows = new ArrayList<>(batchRows);
        batchRows.clear();
        clearResults();
        if (rows.isEmpty()) {
            return new long[0];
        }
        Optional<ParsedStatement.MultiRowInsert> multi = rows.size() > 1 ? parsed.multiRowInsert() : Optional.empty();
        List<BatchRunner.Item> items = new ArrayList<>();
        if (multi.isPresent()) {
            long prefix = PixelEncoder.wireSize(parsed.sql());
            int start = 0;
            while (start < rows.size()) {
                int end = chunkEnd(rows, start, prefix);
                items.add(new BatchRunner.Item(multi.get().render(rows.subList(start, end)), classification,
                        end - start));
                start = end;
            }
        } else {
            for (String[] row : rows) {
                items.add(new BatchRunner.Item(parsed.render(row), classification, 1));
            }
        }
        CallScope call = beginCall();
        try {
            return new BatchRunner(this, call, returnKeys ? keyColumns : null).run(items);
        } finally {
            endCall(call);
        }
    }

    /** Rows per multi-row INSERT: at most {@link #MAX_BATCH_ROWS}, and a statement fits one request on the wire. */
    private static int chunkEnd(List<String[]> rows, int start, long prefixWireBytes) {
        long bytes = prefixWireBytes;
        int end = start;
        while (end < rows.size() && end - start < MAX_BATCH_ROWS) {
            // "(", ")", ", " between values: each separator byte is percent-encoded, 5 bytes on the wire.
            long rowBytes = 10L * (rows.get(end).length + 1);
            for (String literal : rows.get(end)) {
                rowBytes += PixelEncoder.wireSize(literal);
            }
            if (end > start && bytes + rowBytes > MAX_BATCH_WIRE_BYTES) {
                break;
            }
            bytes += rowBytes;
            end++;
        }
        return end;
    }

    @Override
    public int[] executeBatch() throws SQLException {
        long[] counts = executeLargeBatch();
        int[] result = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            result[i] = toIntCount(counts[i]);
        }
        return result;
    }

    // ---- Statement methods that take SQL are not for prepared statements (JDBC: SQLException)

    private SQLException notWithSql() throws SQLException {
        checkOpen();
        return new SQLException("This method cannot be called on a PreparedStatement", "HY000");
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw notWithSql();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw notWithSql();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw notWithSql();
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw notWithSql();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw notWithSql();
    }

    @Override
    public String toString() {
        return "SemossPreparedStatement[" + parsed.sql() + "]";
    }
}
