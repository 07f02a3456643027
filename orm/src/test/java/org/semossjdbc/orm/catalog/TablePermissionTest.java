package org.semossjdbc.orm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.binds.NamedSql;
import org.semossjdbc.orm.binds.TestTarget;
import org.semossjdbc.orm.binds.TestTarget.User;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * Who may do what: SEMOSS users of each permission on one engine, and database users with explicit grants on
 * direct JDBC.
 */
class TablePermissionTest {

    private static final Set<TablePrivilege> ALL = EnumSet.allOf(TablePrivilege.class);
    private static final Set<TablePrivilege> SELECT_ONLY = EnumSet.of(TablePrivilege.SELECT);

    static Stream<TestTarget> semossTargets() {
        return TestTarget.semoss();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("semossTargets")
    void editUsersWriteAndReadOnlyUsersAreRefusedBeforeAnythingIsSent(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("perm");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (id INT PRIMARY KEY, v VARCHAR(10))");
        String insert = "INSERT INTO " + table + " (id, v) VALUES (:id, :v)";
        try (Connection owner = target.open(User.ALICE); Connection editor = target.open(User.ED);
             Connection reader = target.open(User.BOB)) {
            assertFalse(owner.isReadOnly());
            assertFalse(editor.isReadOnly());
            assertTrue(reader.isReadOnly());

            assertEquals(1, NamedSql.execute(owner, insert, Map.of("id", 1, "v", "alice")));
            assertEquals(1, NamedSql.execute(editor, insert, Map.of("id", 2, "v", "ed")));

            TestTarget.warmUpMetadata(reader);
            target.resetLog();
            SQLException refused = assertThrows(SQLException.class,
                    () -> NamedSql.execute(reader, insert, Map.of("id", 3, "v", "bob")));
            assertEquals("42501", refused.getSQLState());
            assertEquals(List.of(), target.executedSql(), "nothing reaches the database");

            assertEquals(List.of("alice", "ed"), NamedSql.query(reader, "SELECT v FROM " + table + " ORDER BY id",
                    Map.of()).stream().map(r -> r.values().iterator().next()).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("semossTargets")
    void theCatalogueShowsTheEnginePermission(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("perm_cat");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (id INT PRIMARY KEY)");
        for (User user : User.values()) {
            try (Connection connection = target.open(user)) {
                TableInfo info = TableCatalogTest.only(TableCatalog.read(connection), table);
                assertEquals(user == User.BOB ? SELECT_ONLY : ALL, info.privileges(), user.name());
                assertEquals(user != User.BOB, info.canInsert() && info.canUpdate() && info.canDelete());
            }
        }
    }

    @Test
    void postgresGrantsShowForTheConnectedRoleOnly() throws SQLException {
        TestTarget target = new TestTarget("direct-postgres", ScratchDatabase.Backend.POSTGRES, false)
                .assumeAvailable();
        String parent = TestTarget.uniqueName("pg_owned");
        String child = TestTarget.uniqueName("pg_granted");
        String role = TestTarget.uniqueName("reader");
        target.executeDirect("CREATE TABLE " + parent + " (id INT PRIMARY KEY)",
                "CREATE TABLE " + child + " (id INT PRIMARY KEY)", "CREATE ROLE " + role + " LOGIN",
                "GRANT SELECT ON " + child + " TO " + role);
        try {
            try (Connection owner = target.open()) {
                List<TableInfo> catalogue = TableCatalog.read(owner);
                assertEquals(ALL, TableCatalogTest.only(catalogue, parent).privileges());
                assertEquals(ALL, TableCatalogTest.only(catalogue, child).privileges());
            }
            String url = target.database().jdbcUrl().replace("user=postgres", "user=" + role);
            try (Connection reader = DriverManager.getConnection(url)) {
                List<TableInfo> catalogue = TableCatalog.read(reader);
                assertEquals(SELECT_ONLY, TableCatalogTest.only(catalogue, child).privileges());
                assertEquals(Set.of(), TableCatalogTest.only(catalogue, parent).privileges());
                assertTrue(TableCatalogTest.only(catalogue, child).canSelect());
                assertFalse(TableCatalogTest.only(catalogue, child).canInsert());
            }
        } finally {
            target.executeDirect("DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }

    @Test
    void h2GrantsShowForTheConnectedUserOnly() throws SQLException {
        TestTarget target = new TestTarget("direct-h2", ScratchDatabase.Backend.H2, false);
        String readable = TestTarget.uniqueName("h2_readable");
        String writable = TestTarget.uniqueName("h2_writable");
        String reader = TestTarget.uniqueName("reader").toUpperCase(java.util.Locale.ROOT);
        String writer = TestTarget.uniqueName("writer").toUpperCase(java.util.Locale.ROOT);
        target.executeDirect("CREATE TABLE " + readable + " (id INT PRIMARY KEY)",
                "CREATE TABLE " + writable + " (id INT PRIMARY KEY)",
                "CREATE USER " + reader + " PASSWORD 'pw'", "CREATE USER " + writer + " PASSWORD 'pw'",
                "GRANT SELECT ON " + readable + " TO " + reader,
                "GRANT SELECT ON " + writable + " TO " + writer,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON " + writable + " TO " + writer);
        // DB_CLOSE_DELAY is a setting only admins may send; the database stays open through the admin's use anyway
        String url = target.database().jdbcUrl().replace(";DB_CLOSE_DELAY=-1", "");
        try (Connection connection = DriverManager.getConnection(url, reader, "pw")) {
            List<TableInfo> catalogue = TableCatalog.read(connection);
            assertEquals(SELECT_ONLY, TableCatalogTest.only(catalogue, readable).privileges());
            assertEquals(Set.of(), TableCatalogTest.only(catalogue, writable).privileges(),
                    "the writer's grants are not the reader's");
        }
        try (Connection connection = DriverManager.getConnection(url, writer, "pw")) {
            List<TableInfo> catalogue = TableCatalog.read(connection);
            assertEquals(ALL, TableCatalogTest.only(catalogue, writable).privileges());
        }
    }

    @Test
    void mariaDbGrantsShowForTheConnectedUserOnly() throws SQLException {
        TestTarget target = new TestTarget("direct-mariadb", ScratchDatabase.Backend.MARIADB, false)
                .assumeAvailable();
        String readable = TestTarget.uniqueName("m_readable");
        String user = TestTarget.uniqueName("reader");
        String database = target.database().name();
        target.executeDirect("CREATE TABLE " + readable + " (id INT PRIMARY KEY)",
                "CREATE USER '" + user + "'@'%'", "CREATE USER '" + user + "'@'localhost'",
                "GRANT SELECT ON " + database + "." + readable + " TO '" + user + "'@'%'",
                "GRANT SELECT ON " + database + "." + readable + " TO '" + user + "'@'localhost'");
        try {
            String url = target.database().jdbcUrl().replace("user=root", "user=" + user);
            try (Connection connection = DriverManager.getConnection(url)) {
                List<TableInfo> catalogue = TableCatalog.read(connection);
                assertEquals(SELECT_ONLY, TableCatalogTest.only(catalogue, readable).privileges());
            }
        } finally {
            target.executeDirect("DROP USER '" + user + "'@'%'", "DROP USER '" + user + "'@'localhost'");
        }
    }

}
