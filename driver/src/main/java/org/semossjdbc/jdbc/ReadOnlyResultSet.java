package org.semossjdbc.jdbc;

import java.sql.Array;
import java.sql.Blob;
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
import java.math.BigDecimal;

/**
 * The update half of {@link ResultSet}: SEMOSS results are read-only ({@code CONCUR_READ_ONLY}), so every update
 * method fails with {@link SQLFeatureNotSupportedException}, as JDBC prescribes for that concurrency.
 */
abstract class ReadOnlyResultSet implements ResultSet {

    /** Checks that the result set is open, then builds the refusal. */
    SQLException readOnly() throws SQLException {
        checkOpen();
        return new SQLFeatureNotSupportedException("SEMOSS result sets are read-only (CONCUR_READ_ONLY)", "0A000");
    }

    abstract void checkOpen() throws SQLException;

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw readOnly();
    }

    @Override
    public void deleteRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void insertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void refreshRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        throw readOnly();
    }

    @Override
    public boolean rowInserted() throws SQLException {
        throw readOnly();
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(String p0, Array p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(int p0, Array p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String p0, java.io.InputStream p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String p0, java.io.InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String p0, java.io.InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int p0, java.io.InputStream p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int p0, java.io.InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int p0, java.io.InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(String p0, BigDecimal p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(int p0, BigDecimal p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String p0, java.io.InputStream p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String p0, java.io.InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String p0, java.io.InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int p0, java.io.InputStream p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int p0, java.io.InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int p0, java.io.InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String p0, java.io.InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String p0, java.io.InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String p0, Blob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int p0, java.io.InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int p0, java.io.InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int p0, Blob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(String p0, boolean p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(int p0, boolean p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(String p0, byte p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(int p0, byte p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(String p0, byte[] p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(int p0, byte[] p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String p0, java.io.Reader p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String p0, java.io.Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String p0, java.io.Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int p0, java.io.Reader p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int p0, java.io.Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int p0, java.io.Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String p0, java.io.Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String p0, java.io.Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String p0, Clob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int p0, java.io.Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int p0, java.io.Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int p0, Clob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(String p0, Date p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(int p0, Date p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(String p0, double p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(int p0, double p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(String p0, float p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(int p0, float p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(String p0, int p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(int p0, int p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(String p0, long p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(int p0, long p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(String p0, java.io.Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(String p0, java.io.Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int p0, java.io.Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int p0, java.io.Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String p0, java.io.Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String p0, java.io.Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String p0, NClob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int p0, java.io.Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int p0, java.io.Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int p0, NClob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(String p0, String p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(int p0, String p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNull(String p0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNull(int p0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String p0, Object p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String p0, Object p1, SQLType p2, int p3) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String p0, Object p1, SQLType p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String p0, Object p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int p0, Object p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int p0, Object p1, SQLType p2, int p3) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int p0, Object p1, SQLType p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int p0, Object p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRef(String p0, Ref p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRef(int p0, Ref p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRowId(String p0, RowId p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRowId(int p0, RowId p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateSQLXML(String p0, SQLXML p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateSQLXML(int p0, SQLXML p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(String p0, short p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(int p0, short p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(String p0, String p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(int p0, String p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(String p0, Time p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(int p0, Time p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(String p0, Timestamp p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(int p0, Timestamp p1) throws SQLException {
        throw readOnly();
    }

}
