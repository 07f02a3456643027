package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Catalog methods answer from the live database through the read path (catalog SQL per dialect). */
class DatabaseMetaDataIT {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tablesColumnsAndKeys(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE md_parent (id INT PRIMARY KEY, name VARCHAR(30) NOT NULL)");
            s.executeUpdate("CREATE TABLE md_child (id INT PRIMARY KEY, parent_id INT REFERENCES md_parent(id))");
            DatabaseMetaData md = c.getMetaData();
            String parent = backend == Backend.H2 ? "MD_PARENT" : "md_parent";
            String child = backend == Backend.H2 ? "MD_CHILD" : "md_child";
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = md.getTables(null, null, backend == Backend.H2 ? "MD\\_%" : "md\\_%",
                    new String[]{"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertEquals(List.of(child, parent), tables);
            try (ResultSet rs = md.getColumns(null, null, parent, null)) {
                assertTrue(rs.next());
                assertEquals(backend == Backend.H2 ? "ID" : "id", rs.getString("COLUMN_NAME"));
                assertEquals(Types.INTEGER, rs.getInt("DATA_TYPE"));
                assertEquals(1, rs.getInt("ORDINAL_POSITION"));
                assertTrue(rs.next());
                assertEquals(Types.VARCHAR, rs.getInt("DATA_TYPE"));
                assertEquals(30, rs.getInt("COLUMN_SIZE"));
                assertEquals(DatabaseMetaData.columnNoNulls, rs.getInt("NULLABLE"));
                assertFalse(rs.next());
            }
            try (ResultSet rs = md.getPrimaryKeys(null, null, parent)) {
                assertTrue(rs.next());
                assertEquals(1, rs.getShort("KEY_SEQ"));
            }
            try (ResultSet rs = md.getImportedKeys(null, null, child)) {
                assertTrue(rs.next());
                assertEquals(parent, rs.getString("PKTABLE_NAME"));
                assertEquals(backend == Backend.H2 ? "PARENT_ID" : "parent_id", rs.getString("FKCOLUMN_NAME"));
            }
            try (ResultSet rs = md.getTableTypes()) {
                assertTrue(rs.next());
            }
            try (ResultSet rs = md.getTypeInfo()) {
                assertTrue(rs.next());
                assertEquals("TYPE_NAME", rs.getMetaData().getColumnName(1));
            }
            try (ResultSet rs = md.getUDTs(null, null, null, null)) {
                assertFalse(rs.next());
                assertEquals(7, rs.getMetaData().getColumnCount());
            }
        }
    }
}
