package org.semossjdbc.orm.binds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.testing.ScratchDatabase;

/** Named binds on every target: which names bind, the errors, exact values, counts and row shapes. */
class NamedSqlTest {

    static Stream<TestTarget> targets() {
        return TestTarget.all();
    }

    static Stream<TestTarget> postgresTargets() {
        return TestTarget.all().filter(t -> t.product() == ScratchDatabase.Backend.POSTGRES);
    }

    /** PostgreSQL gets its {@code ::} cast; H2 1.4.200 and MariaDB spell the same statement with CAST. */
    private static String mixedStatement(TestTarget target) {
        String cast = switch (target.product()) {
            case POSTGRES -> ":a::int";
            case MARIADB -> "CAST(:a AS SIGNED)";
            case H2 -> "CAST(:a AS INT)";
        };
        String quoted = target.product() == ScratchDatabase.Backend.MARIADB ? "`b:c`" : "\"b:c\"";
        // a literal only the right dialect's lexer reads as one: a wrong dialect would find a name in it
        String dialectLiteral = target.product() == ScratchDatabase.Backend.MARIADB ? "'it\\'s :e'"
                : "$$it's :e$$";
        return "SELECT " + cast + " + 1 AS n, ':not_a_bind' AS lit, :b AS " + quoted
                + " /* :c in a block comment */ -- :d in a line comment\n, :a AS again, " + dialectLiteral
                + " AS dl";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void bindsExactlyTheNamesOutsideLiteralsCommentsAndCasts(TestTarget target) throws SQLException {
        try (Connection connection = target.assumeAvailable().open()) {
            target.resetLog();
            List<Map<String, Object>> rows = NamedSql.query(connection, mixedStatement(target),
                    Map.of("a", "41", "b", "x'y"));
            assertEquals(1, rows.size());
            Map<String, Object> row = lowerCaseKeys(rows.get(0));
            assertEquals(42L, ((Number) row.get("n")).longValue());
            assertEquals(":not_a_bind", row.get("lit"));
            assertEquals("x'y", row.get("b:c"));
            assertEquals("41", row.get("again"));
            assertEquals("it's :e", row.get("dl"));
            if (target.throughSemoss()) {
                String sent = target.executedSql().get(target.executedSql().size() - 1);
                assertTrue(sent.contains("':not_a_bind'") && sent.contains(":c in a block comment")
                        && sent.contains(":d in a line comment") && !sent.contains("?"), sent);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void commentAndLiteralNamesNeedNoValueAndRefuseOne(TestTarget target) throws SQLException {
        try (Connection connection = target.assumeAvailable().open()) {
            SQLException e = assertThrows(SQLException.class, () -> NamedSql.query(connection, mixedStatement(target),
                    Map.of("a", "41", "b", "x", "c", "no", "not_a_bind", "no")));
            assertEquals("07001", e.getSQLState());
            assertTrue(e.getMessage().contains(":c") && e.getMessage().contains(":not_a_bind"), e.getMessage());
        }
    }

    /**
     * PostgreSQL's jsonb {@code ?} operator is written {@code ??} (pgjdbc's escape); {@code ?|} and {@code ?&} work
     * as written, and a name inside an {@code ARRAY[...]} constructor is a name (not a slice bound).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("postgresTargets")
    void postgresQuestionMarkOperatorsSurviveNextToNames(TestTarget target) throws SQLException {
        try (Connection connection = target.assumeAvailable().open()) {
            Map<String, Object> row = lowerCaseKeys(NamedSql.query(connection,
                    "SELECT CAST(:doc AS jsonb) ?? :key AS has, CAST(:doc AS jsonb) ?| ARRAY['zz', :key]"
                            + " AS any_of, CAST(:doc AS jsonb) ?& array['k?'] AS all_of",
                    Map.of("doc", "{\"k?\": 1}", "key", "k?")).get(0));
            assertEquals(Map.of("has", true, "any_of", true, "all_of", true), row);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aNameUsedTwiceBindsTwice(TestTarget target) throws SQLException {
        try (Connection connection = target.assumeAvailable().open()) {
            Map<String, Object> row = lowerCaseKeys(NamedSql.query(connection,
                    "SELECT " + target.asText(":v") + " AS first, " + target.asText(":v") + " AS second",
                    Map.of("v", "same")).get(0));
            assertEquals(Map.of("first", "same", "second", "same"), row);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aMissingBindFailsBeforeAnythingIsSent(TestTarget target) throws SQLException {
        try (Connection connection = target.assumeAvailable().open()) {
            TestTarget.warmUpMetadata(connection);
            target.resetLog();
            SQLException e = assertThrows(SQLException.class,
                    () -> NamedSql.query(connection, "SELECT :a AS a, :b AS b", Map.of("a", 1)));
            assertEquals("07001", e.getSQLState());
            assertEquals("No value for bind variable :b (the SQL uses :a, :b)", e.getMessage());
            assertEquals(List.of(), target.executedSql());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void anUnusedEntryFailsBeforeAnythingIsSent(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("unused");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (id INT)");
        try (Connection connection = target.open()) {
            TestTarget.warmUpMetadata(connection);
            target.resetLog();
            SQLException e = assertThrows(SQLException.class, () -> NamedSql.execute(connection,
                    "INSERT INTO " + table + " (id) VALUES (:id)", Map.of("id", 1, "extra", 2)));
            assertEquals("07001", e.getSQLState());
            assertEquals("Value given for :extra, which the SQL does not use (the SQL uses :id)", e.getMessage());
            assertEquals(List.of(), target.executedSql());
            assertEquals(0L, count(connection, table));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aQuestionMarkInNamedSqlIsRefused(TestTarget target) throws SQLException {
        try (Connection connection = target.assumeAvailable().open()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> NamedSql.query(connection, "SELECT :a AS a WHERE 1 = ?", Map.of("a", 1)));
            assertEquals("07001", e.getSQLState());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void valuesRoundTripExactly(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("exact");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (id INT PRIMARY KEY, s VARCHAR(200),"
                + " d DECIMAL(38,10), ts " + target.timestampType() + ", flag BOOLEAN, bin " + target.binaryType()
                + ", n VARCHAR(10))");
        boolean fourByteUtf8 = target.product() != ScratchDatabase.Backend.MARIADB;
        String text = "O'Brien said \"hi\" \\ back\\\\slash '' -- :x ? \u00fcn\u00efc\u00f6d\u00e9 \u4e2d\u6587"
                + (fourByteUtf8 ? " \ud83d\ude00" : "");
        BigDecimal decimal = new BigDecimal("12345678901234567890.0123456789");
        LocalDateTime time = LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000);
        byte[] bytes = {0, 1, 127, -128, -1, '\'', '\\', '"'};
        Map<String, Object> values = new HashMap<>();
        values.put("id", 7);
        values.put("s", text);
        values.put("d", decimal);
        values.put("ts", Timestamp.valueOf(time));
        values.put("flag", true);
        values.put("bin", bytes);
        values.put("n", null);
        try (Connection connection = target.open()) {
            assertEquals(1, NamedSql.execute(connection, "INSERT INTO " + table + " (id, s, d, ts, flag, bin, n)"
                    + " VALUES (:id, :s, :d, :ts, :flag, :bin, :n)", values));

            // the stored values, read in forms that SEMOSS's read path keeps exact
            Map<String, Object> row = lowerCaseKeys(NamedSql.query(connection, "SELECT s, "
                    + target.asText("d") + " AS d, " + target.asText("ts") + " AS ts, flag, " + target.asHex("bin")
                    + " AS bin, n FROM " + table + " WHERE id = :id", Map.of("id", 7)).get(0));
            assertEquals(text, row.get("s"));
            assertEquals("12345678901234567890.0123456789", row.get("d"));
            assertEquals("2024-02-29 13:14:15.123456", row.get("ts"));
            assertTrue(isTrue(row.get("flag")), String.valueOf(row.get("flag")));
            assertEquals("00017f80ff275c22", String.valueOf(row.get("bin")).toLowerCase(Locale.ROOT));
            assertNull(row.get("n"));
            assertTrue(row.containsKey("n"));

            // the same values bound again compare equal in the database, NULL included
            values.remove("n"); // "n = NULL" is never true; the query tests IS NULL and binds no :n
            assertEquals(1L, ((Number) NamedSql.query(connection, "SELECT COUNT(*) AS c FROM " + table
                    + " WHERE id = :id AND s = :s AND d = :d AND ts = :ts AND flag = :flag AND bin = :bin"
                    + " AND n IS NULL", values).get(0).values().iterator().next()).longValue());
        }
    }

    /** Direct JDBC reads typed values exactly, so records receive them unchanged. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.semossjdbc.orm.binds.TestTarget#direct")
    void typedValuesRoundTripIntoARecord(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("typed");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (id INT PRIMARY KEY, amount DECIMAL(38,10),"
                + " created_at " + target.timestampType() + ", payload " + target.binaryType() + ", label VARCHAR(20))");
        BigDecimal amount = new BigDecimal("-98765432109876543210.0000000001");
        Timestamp created = Timestamp.valueOf(LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000));
        byte[] payload = {-1, 0, 10, 13, 92};
        try (Connection connection = target.open()) {
            Map<String, Object> values = new HashMap<>();
            values.put("id", 1);
            values.put("amount", amount);
            values.put("created", created);
            values.put("payload", payload);
            values.put("label", null);
            NamedSql.execute(connection, "INSERT INTO " + table + " VALUES (:id, :amount, :created, :payload, :label)",
                    values);
            List<Typed> rows = NamedSql.query(connection, "SELECT id, amount, created_at, payload, label FROM "
                    + table + " WHERE amount = :amount", Map.of("amount", amount), Typed.class);
            assertEquals(1, rows.size());
            Typed row = rows.get(0);
            assertEquals(1, row.id());
            assertEquals(amount, row.amount());
            assertEquals(created, row.createdAt());
            assertArrayEquals(payload, row.payload());
            assertNull(row.label());
        }
    }

    /** A record the typed test maps rows into. */
    record Typed(int id, BigDecimal amount, Timestamp createdAt, byte[] payload, String label) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void executeReturnsTheUpdateCount(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("counts");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (id INT PRIMARY KEY, v VARCHAR(10))",
                "INSERT INTO " + table + " VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        try (Connection connection = target.open()) {
            int updated = NamedSql.execute(connection, "UPDATE " + table + " SET v = :v WHERE id >= :min",
                    Map.of("v", "z", "min", 2));
            assertEquals(2, updated, "exact on every target, jdbc:semoss over MariaDB included");
            assertEquals(1, NamedSql.execute(connection, "DELETE FROM " + table + " WHERE id = :id", Map.of("id", 3)));
            assertEquals(0, NamedSql.execute(connection, "DELETE FROM " + table + " WHERE id = :id", Map.of("id", 3)));
            List<Object> left = NamedSql.query(connection, "SELECT v FROM " + table + " ORDER BY id", Map.of())
                    .stream().map(r -> r.values().iterator().next()).toList();
            // H2 1.4.200 loses the first UPDATE under an aggregate over FINAL TABLE on a table; the driver counts
            // through a derived table since 4f1d775, and this read is what shows the update stuck
            assertEquals(List.of("a", "z"), left);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void aValueCannotAlterTheStatement(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("inject");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (id INT, v VARCHAR(100))");
        String attack = "x'); DROP TABLE " + table + "; -- \\'";
        try (Connection connection = target.open()) {
            NamedSql.execute(connection, "INSERT INTO " + table + " (id, v) VALUES (:id, :v)",
                    Map.of("id", 1, "v", attack));
            assertEquals(attack, NamedSql.query(connection, "SELECT v FROM " + table, Map.of())
                    .get(0).values().iterator().next());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rowsKeepTheColumnOrder(TestTarget target) throws SQLException {
        try (Connection connection = target.assumeAvailable().open()) {
            Map<String, Object> row = NamedSql.query(connection, "SELECT 3 AS zeta, 1 AS alpha, 2 AS mid", Map.of())
                    .get(0);
            assertEquals(List.of("zeta", "alpha", "mid"),
                    row.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList());
            assertThrows(UnsupportedOperationException.class, () -> row.put("x", 1));
            SQLException e = assertThrows(SQLException.class,
                    () -> NamedSql.query(connection, "SELECT 1 AS same, 2 AS same", Map.of()));
            assertEquals("42702", e.getSQLState());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void rowsMapToRecordsAndClasses(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("people");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (person_id INT, full_name VARCHAR(40),"
                + " kind VARCHAR(10), age INT)", "INSERT INTO " + table + " VALUES (1, 'Ada', 'ADMIN', 36),"
                + " (2, 'Bob', 'GUEST', NULL)");
        try (Connection connection = target.open()) {
            String sql = "SELECT person_id, full_name, kind, age FROM " + table + " WHERE person_id >= :min ORDER BY"
                    + " person_id";
            List<Person> people = NamedSql.query(connection, sql, Map.of("min", 1), Person.class);
            assertEquals(List.of(new Person(1, "Ada", Kind.ADMIN, 36), new Person(2, "Bob", Kind.GUEST, null)), people);

            List<PersonBean> beans = NamedSql.query(connection, sql, Map.of("min", 2), PersonBean.class);
            assertEquals(1, beans.size());
            assertEquals("Bob", beans.get(0).name);
            assertEquals(Kind.GUEST, beans.get(0).kind);
            assertEquals(2L, beans.get(0).personId);
            assertEquals("kept", beans.get(0).note);

            SQLException nullIntoPrimitive = assertThrows(SQLException.class,
                    () -> NamedSql.query(connection, "SELECT age FROM " + table + " WHERE person_id = :id",
                            Map.of("id", 2), PrimitiveAge.class));
            assertEquals("22002", nullIntoPrimitive.getSQLState());
            SQLException unknownColumn = assertThrows(SQLException.class,
                    () -> NamedSql.query(connection, "SELECT person_id, age AS years FROM " + table, Map.of(),
                            Person.class));
            assertEquals("42703", unknownColumn.getSQLState());
        }
    }

    /** Kinds of person, read from their names. */
    enum Kind { ADMIN, GUEST }

    /** A record target: components by column name. */
    record Person(long personId, String fullName, Kind kind, Integer age) {
    }

    /** A class target: fields by column name or {@code @Column}. */
    static final class PersonBean {
        Long personId;
        @org.semossjdbc.orm.Column("full_name")
        String name;
        Kind kind;
        Integer age;
        String note = "kept";
    }

    /** A record whose primitive cannot take NULL. */
    record PrimitiveAge(int age) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void dataSourceFormsReturnTheConnectionTheyBorrow(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("borrow");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (id INT, name VARCHAR(10))");
        BorrowingDataSource dataSource = new BorrowingDataSource(target);
        assertEquals(1, NamedSql.execute(dataSource, "INSERT INTO " + table + " VALUES (:id, :name)",
                Map.of("id", 1, "name", "one")));
        assertEquals(1, NamedSql.query(dataSource, "SELECT id FROM " + table + " WHERE name = :name",
                Map.of("name", "one")).size());
        assertEquals(List.of(new OnlyId(1)), NamedSql.query(dataSource, "SELECT id FROM " + table, Map.of(),
                OnlyId.class));
        assertThrows(SQLException.class, () -> NamedSql.query(dataSource, "SELECT :x AS x", Map.of()));
        assertEquals(4, dataSource.borrowed());
        assertEquals(0, dataSource.open());
    }

    /** A one-column record. */
    record OnlyId(int id) {
    }

    @org.junit.jupiter.api.Test
    void modelsAndUnmappableTypesAreRefused() {
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                () -> RowMapper.of(Model.class));
        assertTrue(model.getMessage().contains("Finder"), model.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RowMapper.of(Runnable.class));
        assertThrows(IllegalArgumentException.class, () -> RowMapper.of(NoDefaultConstructor.class));
        assertFalse(RowMapper.of(Person.class) == null);
    }

    /** An ORM model, which must load through its Finder. */
    static final class Model extends org.semossjdbc.orm.SemossModel {
        Long id;
    }

    /** A class without a no-argument constructor. */
    static final class NoDefaultConstructor {
        final int x;

        NoDefaultConstructor(int x) {
            this.x = x;
        }
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || value instanceof Number n && n.intValue() == 1;
    }

    private static long count(Connection connection, String table) throws SQLException {
        return ((Number) NamedSql.query(connection, "SELECT COUNT(*) AS c FROM " + table, Map.of()).get(0)
                .values().iterator().next()).longValue();
    }

    /** H2 folds labels to upper case, PostgreSQL to lower case; tests compare in lower case. */
    static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }
}
