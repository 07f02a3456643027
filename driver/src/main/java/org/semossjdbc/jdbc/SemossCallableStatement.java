package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.CallScope;
import org.semossjdbc.protocol.TaskPage;
import org.semossjdbc.sql.Route;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A callable statement without OUT or INOUT parameters, which SEMOSS cannot return (its write path answers only
 * {@code true}, its read path only a result set):
 * <ul>
 *   <li>{@code {? = call f(?)}}: a function, run on the read path as the backend's SELECT (H2 {@code CALL f(...)});
 *       its value is OUT parameter 1 and also the statement's result set. The IN parameters are 2, 3, ...</li>
 *   <li>{@code {call f(?)}}: on H2 and PostgreSQL a function too (H2 {@code CALL}, PostgreSQL
 *       {@code SELECT * FROM f(...)}, as pgjdbc does), a query; on MariaDB a procedure ({@code CALL p(...)}, as
 *       MariaDB's drivers read it), run on the write path with the count {@code SUCCESS_NO_INFO}.</li>
 *   <li>Any other SQL ({@code select current_schema()}, {@code CALL p(?)}) runs as a prepared statement would.</li>
 * </ul>
 * {@code registerOutParameter} for any parameter but a function's return value throws
 * {@link SQLFeatureNotSupportedException} naming the alternatives. Named parameters are not supported.
 */
final class SemossCallableStatement extends SemossPreparedStatement implements CallableStatement {
    private static final Pattern RETURN_MARKER = Pattern.compile("^\\s*\\{\\s*\\?\\s*=\\s*call\\b",
            Pattern.CASE_INSENSITIVE);

    /** {@code {? = call ...}}: parameter 1 is the function's value, the rest shift by one. */
    private final boolean returnsValue;
    private ResultSet outValues;

    SemossCallableStatement(SemossConnection connection, String sql) throws SQLException {
        super(connection, sql, false);
        this.returnsValue = RETURN_MARKER.matcher(sql).find();
        if (returnsValue && classification().route() != Route.READ) {
            throw new SQLException("{? = call ...} did not translate into a query for this database: "
                    + classification().kind(), "42000");
        }
    }

    @Override
    int slot(int index) throws SQLException {
        if (!returnsValue) {
            return index;
        }
        if (index == 1) {
            throw new SQLException("Parameter 1 is the function's return value (an OUT parameter): register it with "
                    + "registerOutParameter, it takes no value", "07009");
        }
        return index - 1;
    }

    @Override
    int jdbcParameterCount() {
        return super.jdbcParameterCount() + (returnsValue ? 1 : 0);
    }

    // ---- execution: a function's value is read whole, kept for the getters and returned as the result set

    @Override
    public ResultSet executeQuery() throws SQLException {
        if (!returnsValue) {
            return super.executeQuery();
        }
        runFunction();
        return requireResultSet();
    }

    @Override
    public boolean execute() throws SQLException {
        if (!returnsValue) {
            outValues = null;
            return super.execute();
        }
        runFunction();
        return true;
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        if (!returnsValue) {
            return super.executeLargeUpdate();
        }
        runFunction();
        // JDBC: a call whose result is only its OUT parameter counts 0 from executeUpdate
        return 0;
    }

    private void runFunction() throws SQLException {
        checkOpen();
        String sql = render();
        clearResults();
        outValues = null;
        CallScope call = beginCall();
        try {
            TaskPage all = new StatementRunner(this, call).readAll(sql);
            InMemoryResultSet values = new InMemoryResultSet(this, all.columns(), all.rows());
            values.next();
            outValues = values;
            install(List.of(Outcome.rows(new InMemoryResultSet(this, all.columns(), all.rows()))));
        } finally {
            endCall(call);
        }
    }

    /** The function's value, positioned on its row, for the getters of parameter 1. */
    private ResultSet outValue(int index) throws SQLException {
        checkOpen();
        if (!returnsValue || index != 1) {
            throw new SQLException("Parameter " + index + " is not an OUT parameter; only the return value of "
                    + "{? = call f(...)} (parameter 1) can be read", "07009");
        }
        if (outValues == null) {
            throw new SQLException("The function has not run yet: call execute() first", "HY010");
        }
        return outValues;
    }

    @Override
    public boolean wasNull() throws SQLException {
        return outValue(1).wasNull();
    }

    // ---- OUT parameters

    private void registerOut(int index) throws SQLException {
        checkOpen();
        if (returnsValue && index == 1) {
            return;
        }
        if (index < 1 || index > jdbcParameterCount()) {
            throw new SQLException("Parameter index " + index + " out of range 1.." + jdbcParameterCount(), "07009");
        }
        throw new SQLFeatureNotSupportedException("OUT and INOUT parameters of procedures are not supported: SEMOSS "
                + "returns no values from a procedure call. Return the value from a function and call it as "
                + "{? = call f(?)} (or SELECT f(?)), or have the procedure write it to a table and SELECT it", "0A000");
    }

    @Override
    public void registerOutParameter(int index, int sqlType) throws SQLException {
        registerOut(index);
    }

    @Override
    public void registerOutParameter(int index, int sqlType, int scale) throws SQLException {
        registerOut(index);
    }

    @Override
    public void registerOutParameter(int index, int sqlType, String typeName) throws SQLException {
        registerOut(index);
    }

    @Override
    public void registerOutParameter(int index, SQLType sqlType) throws SQLException {
        registerOut(index);
    }

    @Override
    public void registerOutParameter(int index, SQLType sqlType, int scale) throws SQLException {
        registerOut(index);
    }

    @Override
    public void registerOutParameter(int index, SQLType sqlType, String typeName) throws SQLException {
        registerOut(index);
    }

    @Override
    public void registerOutParameter(String name, int sqlType) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void registerOutParameter(String name, int sqlType, int scale) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void registerOutParameter(String name, int sqlType, String typeName) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void registerOutParameter(String name, SQLType sqlType) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void registerOutParameter(String name, SQLType sqlType, int scale) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void registerOutParameter(String name, SQLType sqlType, String typeName) throws SQLException {
        throw namedParameters();
    }

    private SQLException namedParameters() throws SQLException {
        checkOpen();
        return new SQLFeatureNotSupportedException("Named parameters are not supported: SEMOSS cannot tell a "
                + "routine's parameter names; use the parameter's position", "0A000");
    }

    // ---- getters of parameter 1 (the function's value) and named-parameter methods

    @Override
    public <T> T getObject(int index, Class<T> type) throws SQLException {
        return outValue(index).getObject(1, type);
    }

    @Override
    public <T> T getObject(String name, Class<T> type) throws SQLException {
        throw namedParameters();
    }

    @Override
    public boolean getBoolean(int index) throws SQLException {
        return outValue(index).getBoolean(1);
    }

    @Override
    public boolean getBoolean(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public byte getByte(int index) throws SQLException {
        return outValue(index).getByte(1);
    }

    @Override
    public byte getByte(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public byte[] getBytes(int index) throws SQLException {
        return outValue(index).getBytes(1);
    }

    @Override
    public byte[] getBytes(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public double getDouble(int index) throws SQLException {
        return outValue(index).getDouble(1);
    }

    @Override
    public double getDouble(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public float getFloat(int index) throws SQLException {
        return outValue(index).getFloat(1);
    }

    @Override
    public float getFloat(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public int getInt(int index) throws SQLException {
        return outValue(index).getInt(1);
    }

    @Override
    public int getInt(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Reader getCharacterStream(int index) throws SQLException {
        return outValue(index).getCharacterStream(1);
    }

    @Override
    public Reader getCharacterStream(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Reader getNCharacterStream(int index) throws SQLException {
        return outValue(index).getNCharacterStream(1);
    }

    @Override
    public Reader getNCharacterStream(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Object getObject(int index) throws SQLException {
        return outValue(index).getObject(1);
    }

    @Override
    public Object getObject(int index, Map<String, Class<?>> map) throws SQLException {
        return outValue(index).getObject(1, map);
    }

    @Override
    public Object getObject(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Object getObject(String name, Map<String, Class<?>> map) throws SQLException {
        throw namedParameters();
    }

    @Override
    public String getNString(int index) throws SQLException {
        return outValue(index).getNString(1);
    }

    @Override
    public String getNString(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public String getString(int index) throws SQLException {
        return outValue(index).getString(1);
    }

    @Override
    public String getString(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public BigDecimal getBigDecimal(int index) throws SQLException {
        return outValue(index).getBigDecimal(1);
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int index, int scale) throws SQLException {
        return outValue(index).getBigDecimal(1, scale);
    }

    @Override
    public BigDecimal getBigDecimal(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public URL getURL(int index) throws SQLException {
        return outValue(index).getURL(1);
    }

    @Override
    public URL getURL(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Array getArray(int index) throws SQLException {
        return outValue(index).getArray(1);
    }

    @Override
    public Array getArray(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Blob getBlob(int index) throws SQLException {
        return outValue(index).getBlob(1);
    }

    @Override
    public Blob getBlob(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Clob getClob(int index) throws SQLException {
        return outValue(index).getClob(1);
    }

    @Override
    public Clob getClob(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Date getDate(int index) throws SQLException {
        return outValue(index).getDate(1);
    }

    @Override
    public Date getDate(int index, Calendar calendar) throws SQLException {
        return outValue(index).getDate(1, calendar);
    }

    @Override
    public Date getDate(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Date getDate(String name, Calendar calendar) throws SQLException {
        throw namedParameters();
    }

    @Override
    public NClob getNClob(int index) throws SQLException {
        return outValue(index).getNClob(1);
    }

    @Override
    public NClob getNClob(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Ref getRef(int index) throws SQLException {
        return outValue(index).getRef(1);
    }

    @Override
    public Ref getRef(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public RowId getRowId(int index) throws SQLException {
        return outValue(index).getRowId(1);
    }

    @Override
    public RowId getRowId(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public SQLXML getSQLXML(int index) throws SQLException {
        return outValue(index).getSQLXML(1);
    }

    @Override
    public SQLXML getSQLXML(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Time getTime(int index) throws SQLException {
        return outValue(index).getTime(1);
    }

    @Override
    public Time getTime(int index, Calendar calendar) throws SQLException {
        return outValue(index).getTime(1, calendar);
    }

    @Override
    public Time getTime(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Time getTime(String name, Calendar calendar) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Timestamp getTimestamp(int index) throws SQLException {
        return outValue(index).getTimestamp(1);
    }

    @Override
    public Timestamp getTimestamp(int index, Calendar calendar) throws SQLException {
        return outValue(index).getTimestamp(1, calendar);
    }

    @Override
    public Timestamp getTimestamp(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public Timestamp getTimestamp(String name, Calendar calendar) throws SQLException {
        throw namedParameters();
    }

    @Override
    public long getLong(int index) throws SQLException {
        return outValue(index).getLong(1);
    }

    @Override
    public long getLong(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public short getShort(int index) throws SQLException {
        return outValue(index).getShort(1);
    }

    @Override
    public short getShort(String name) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setAsciiStream(String name, InputStream value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setAsciiStream(String name, InputStream value, int option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setAsciiStream(String name, InputStream value, long option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setBigDecimal(String name, BigDecimal value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setBinaryStream(String name, InputStream value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setBinaryStream(String name, InputStream value, int option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setBinaryStream(String name, InputStream value, long option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setBlob(String name, InputStream value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setBlob(String name, InputStream value, long option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setBlob(String name, Blob value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setBoolean(String name, boolean value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setByte(String name, byte value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setBytes(String name, byte[] value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setCharacterStream(String name, Reader value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setCharacterStream(String name, Reader value, int option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setCharacterStream(String name, Reader value, long option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setClob(String name, Reader value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setClob(String name, Reader value, long option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setClob(String name, Clob value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setDate(String name, Date value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setDate(String name, Date value, Calendar calendar) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setDouble(String name, double value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setFloat(String name, float value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setInt(String name, int value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setLong(String name, long value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setNCharacterStream(String name, Reader value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setNCharacterStream(String name, Reader value, long option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setNClob(String name, Reader value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setNClob(String name, Reader value, long option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setNClob(String name, NClob value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setNString(String name, String value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setNull(String name, int value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setNull(String name, int value, String option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setObject(String name, Object value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setObject(String name, Object value, int option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setObject(String name, Object value, int option, int scaleOrLength) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setRowId(String name, RowId value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setSQLXML(String name, SQLXML value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setShort(String name, short value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setString(String name, String value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setTime(String name, Time value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setTime(String name, Time value, Calendar calendar) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setTimestamp(String name, Timestamp value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setTimestamp(String name, Timestamp value, Calendar calendar) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setURL(String name, URL value) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setObject(String name, Object value, SQLType option) throws SQLException {
        throw namedParameters();
    }

    @Override
    public void setObject(String name, Object value, SQLType option, int scaleOrLength) throws SQLException {
        throw namedParameters();
    }
}
