package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.CallScope;
import org.semossjdbc.protocol.RemoteDatabaseEngine;
import org.semossjdbc.protocol.ServerErrorException;
import org.semossjdbc.protocol.TaskPage;
import org.semossjdbc.protocol.TaskRef;
import org.semossjdbc.sql.Classification;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.Route;
import org.semossjdbc.sql.SqlSplitter;
import org.semossjdbc.sql.StatementClassifier;
import org.semossjdbc.sql.StatementKind;
import org.semossjdbc.sql.WriteForms;
import org.semossjdbc.protocol.CallFailedException;

import org.semossjdbc.transport.Log;

import java.sql.SQLException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes one statement's SQL to SEMOSS's read or write path (the rules of the driver), for one
 * {@link SemossStatement} call.
 *
 * <p>A data-changing statement never goes through the read path except in a deliberate counting or RETURNING form:
 * on PostgreSQL and MariaDB a plain UPDATE sent there is committed although the server answers with an error
 * (O 236-237, 337-338), so a caller's retry would apply it twice.
 *
 * <p>{@code executeQuery} refuses, before sending, a statement known to change data or to return no rows. SQL the
 * classifier does not recognise ({@link StatementKind#UNKNOWN}, e.g. a typo) is not refused: it is sent exactly as
 * {@code execute} sends it, on the write path for the reason above, so the caller gets the server's own answer.
 */
final class StatementRunner {
    /** What the JDBC method expects, so a mismatch is refused before anything is sent. */
    enum Expect { ROWS, COUNT, ANY }

    private static final int COUNT_PAGE_SIZE = 10_000;
    private static final Log LOG = Log.of(StatementRunner.class);

    private final SemossStatement statement;
    private final SemossConnection connection;
    private final CallScope call;
    /** Set while running the parts of a text with several statements, which are read the plain way. */
    private boolean several;

    StatementRunner(SemossStatement statement, CallScope call) {
        this.statement = statement;
        this.connection = statement.connection();
        this.call = call;
    }

    /** Classifies {@code sql} (already escape-translated) and runs it; several statements give several outcomes. */
    List<Outcome> run(String sql, Expect expect) throws SQLException {
        ConnectionContext context = connection.context();
        Classification classification = StatementClassifier.shared().classify(sql, context.dialect());
        return run(sql, classification, expect);
    }

    List<Outcome> run(String sql, Classification classification, Expect expect) throws SQLException {
        ConnectionContext context = connection.context();
        if (context.dialect() == org.semossjdbc.sql.Dialect.POSTGRESQL && sql.indexOf('\0') >= 0) {
            // PostgreSQL text cannot hold U+0000, and the server's pgjdbc breaks its protocol message on one
            // ("insufficient data left in message"): refuse before sending, as parameters already are.
            throw new java.sql.SQLDataException(
                    "PostgreSQL cannot store the NUL character (U+0000) found in the SQL text; nothing was sent",
                    "22023");
        }
        if (classification.multipleStatements()) {
            return runSeveral(sql, context, expect);
        }
        return List.of(runOne(sql, classification, context, expect));
    }

    /**
     * Several statements: writes alone go in one ExecQuery where the backend runs them all (H2, PostgreSQL: §6.5,
     * O 207), which keeps {@code BEGIN; ...; ROLLBACK} in one server call; MariaDB refuses multi-statement text (O 308),
     * and text that mixes reads in is split, so each statement runs on its own, in order, stopping at the first error.
     */
    private List<Outcome> runSeveral(String sql, ConnectionContext context, Expect expect) throws SQLException {
        List<String> parts = SqlSplitter.split(sql, context.dialect());
        StatementClassifier classifier = StatementClassifier.shared();
        List<Classification> classes = new ArrayList<>();
        boolean allWrites = true;
        for (String part : parts) {
            Classification c = classifier.classify(part, context.dialect());
            classes.add(c);
            allWrites &= c.route() == Route.WRITE;
        }
        if (parts.size() == 1) {
            return List.of(runOne(parts.get(0), classes.get(0), context, expect));
        }
        boolean unrecognisedFirst = classes.get(0).kind() == StatementKind.UNKNOWN;
        if (expect == Expect.ROWS && classes.get(0).route() == Route.WRITE
                && !(unrecognisedFirst && noKnownWrite(classes))) {
            throw noRows();
        }
        if (allWrites && context.dialect() != Dialect.MARIADB) {
            checkWritable(context, expect == Expect.ROWS);
            execQuery(sql, context);
            if (expect == Expect.ROWS) {
                throw ranWithoutRows();
            }
            return List.of(Outcome.count(noCount()));
        }
        List<Outcome> outcomes = new ArrayList<>();
        several = true;
        for (int i = 0; i < parts.size(); i++) {
            try {
                outcomes.add(runOne(parts.get(i), classes.get(i), context, Expect.ANY));
            } catch (SQLException e) {
                outcomes.forEach(o -> {
                    if (o.resultSet() != null) {
                        o.resultSet().close();
                    }
                });
                SQLException wrapped = new SQLException("Statement " + (i + 1) + " of " + parts.size()
                        + " failed; statements 1.." + i + " were applied: " + e.getMessage(), e.getSQLState(),
                        e.getErrorCode(), e);
                throw i == 0 ? e : wrapped;
            }
        }
        if (expect == Expect.ROWS && outcomes.get(0).resultSet() == null) {
            outcomes.forEach(o -> {
                if (o.resultSet() != null) {
                    o.resultSet().close();
                }
            });
            throw ranWithoutRows();
        }
        return outcomes;
    }

    /** No statement of the text is known to change data; unrecognised ones may, but are sent as execute sends them. */
    private static boolean noKnownWrite(List<Classification> classes) {
        return classes.stream().allMatch(c -> c.route() == Route.READ || c.kind() == StatementKind.UNKNOWN);
    }

    private Outcome runOne(String sql, Classification c, ConnectionContext context, Expect expect)
            throws SQLException {
        // The SQL itself may carry data the application considers private: only its route at DEBUG, text at TRACE.
        LOG.debug("{} statement ({} chars) takes the {} route", c.kind(), sql.length(), c.route());
        if (LOG.isTraceEnabled()) {
            LOG.trace("SQL: {}", sql.length() > 500 ? sql.substring(0, 500) + "..." : sql);
        }
        switch (c.route()) {
            case READ -> {
                if (expect == Expect.COUNT) {
                    throw new SQLNonTransientException("executeUpdate cannot run a query that returns rows; use "
                            + "executeQuery or execute (nothing was sent)", "0100E");
                }
                if (!several && c.kind() == StatementKind.QUERY) {
                    SemossResultSet packed = connection.packedReads().open(statement, sql, call);
                    if (packed != null) {
                        return Outcome.rows(packed);
                    }
                }
                return Outcome.rows(openRead(sql, false));
            }
            case READ_RETURNING -> {
                checkWritable(context);
                SemossResultSet rows = openRead(sql, true);
                return expect == Expect.COUNT ? Outcome.count(countRows(rows)) : Outcome.rows(rows);
            }
            default -> {
                boolean unrecognised = c.kind() == StatementKind.UNKNOWN;
                if (expect == Expect.ROWS && !unrecognised) {
                    throw noRows();
                }
                checkWritable(context, unrecognised);
                if (expect == Expect.ROWS) {
                    // Unrecognised (a typo, unknown vendor syntax): sent as execute() sends it, so the caller gets
                    // the server's error rather than a refusal that hides it.
                    execQuery(sql, context);
                    throw ranWithoutRows();
                }
                return Outcome.count(write(sql, c, context));
            }
        }
    }

    private static SQLException noRows() {
        return new SQLNonTransientException("executeQuery needs a statement that returns rows; use executeUpdate or "
                + "execute for this one (nothing was sent)", "02000");
    }

    /** An unrecognised statement ran on the write path, which returns no rows; what it changed is committed. */
    private static SQLException ranWithoutRows() {
        return new SQLNonTransientException("executeQuery needs a statement that returns rows; the driver did not "
                + "recognise this one and sent it as execute() would, through SEMOSS's write path (ExecQuery), which "
                + "returns none. The statement ran: anything it changed is committed", "02000");
    }

    /** A READ_ONLY user never gets help writing through the read path: refused before anything is sent. */
    void checkWritable(ConnectionContext context) throws SQLException {
        checkWritable(context, false);
    }

    /**
     * As {@link #checkWritable(ConnectionContext)}; {@code unrecognised} says why a statement the caller may have
     * meant as a read needs the write path, since a bare "cannot change data" would puzzle someone who mistyped SELECT.
     */
    private void checkWritable(ConnectionContext context, boolean unrecognised) throws SQLException {
        String why = unrecognised ? " (the driver did not recognise this statement, so it could only go SEMOSS's "
                + "write path; check its spelling)" : "";
        if (context.engine().isReadOnly()) {
            throw new SQLSyntaxErrorException("User does not have permission to change data in this database "
                    + "(READ_ONLY); nothing was sent" + why, "42501");
        }
        if (connection.readOnlyHint()) {
            throw new SQLNonTransientException("The connection is read-only (setReadOnly(true)); nothing was sent"
                    + why, "25006");
        }
        connection.noteWrite();
    }

    private long write(String sql, Classification c, ConnectionContext context) throws SQLException {
        if (c.kind() == StatementKind.DDL) {
            execQuery(sql, context);
            return 0;
        }
        if (connection.settings().exactUpdateCounts() && context.engine().canEdit()) {
            Optional<WriteForms.CountingQuery> counting = WriteForms.countingForm(sql, c, context.dialect());
            if (counting.isPresent()) {
                return runCounting(counting.get());
            }
        }
        execQuery(sql, context);
        return c.kind() == StatementKind.SESSION || c.kind() == StatementKind.TRANSACTION_CONTROL ? 0 : noCount();
    }

    private long noCount() {
        statement.addWarning(new SQLWarning("SEMOSS does not report how many rows this statement changed "
                + "(ExecQuery returns no count); the update count is SUCCESS_NO_INFO (-2)", "01000"));
        return Statement.SUCCESS_NO_INFO;
    }

    /** ExecQuery runs SQL as a server-side prepared statement, so a bare {@code ?} is escaped first (O 260, 369). */
    private void execQuery(String sql, ConnectionContext context) throws SQLException {
        String prepared;
        try {
            prepared = WriteForms.forPreparedExecution(sql, context.dialect());
        } catch (IllegalArgumentException e) {
            throw new SQLSyntaxErrorException(e.getMessage() + " (nothing was sent)", "42000");
        }
        try {
            connection.engine().execQuery(prepared, call);
        } catch (CallFailedException e) {
            throw SqlExceptions.from(e, true);
        } catch (ServerErrorException e) {
            throw SqlExceptions.from(e);
        }
    }

    static final String COUNTING_NOTE = "the driver ran the statement inside a counting query to get its"
            + " exact update count, and the server quotes that form; updateCounts=audited sends writes as written";
    static final String RETURNING_NOTE = "the driver ran the INSERT in its RETURNING form to read the"
            + " generated keys, and the server quotes that form";

    private long runCounting(WriteForms.CountingQuery counting) throws SQLException {
        RemoteDatabaseEngine engine = connection.engine();
        try {
            RemoteDatabaseEngine.OpenTask open = engine.query(counting.sql(), COUNT_PAGE_SIZE, call);
            TaskRef task = open.task();
            try {
                TaskPage page = open.page();
                if (counting.countColumn()) {
                    if (page.rows().isEmpty()) {
                        return 0;
                    }
                    return ValueConverter.toLong(page.rows().get(0)[0], 0, Long.MAX_VALUE, "update count");
                }
                long rows = page.rows().size();
                while (!page.isLast() && task != null) {
                    page = engine.nextPage(task, COUNT_PAGE_SIZE, call);
                    rows += page.rows().size();
                }
                return rows;
            } finally {
                engine.release(task);
            }
        } catch (CallFailedException e) {
            throw SqlExceptions.from(e, true);
        } catch (ServerErrorException e) {
            throw SqlExceptions.from(e, counting.sql(), COUNTING_NOTE);
        }
    }

    /**
     * Runs an INSERT whose generated keys the caller wants: its dialect's RETURNING (or H2 FINAL TABLE) form goes
     * through the read path under the write permission rules, and the returned rows become the keys; the count is
     * their number. Without such a form the statement runs normally and the keys are empty, with a warning.
     */
    Outcome runReturningKeys(String sql, Classification c, List<String> keyColumns) throws SQLException {
        ConnectionContext context = connection.context();
        Optional<String> returning = c.multipleStatements() || c.kind() != StatementKind.INSERT ? Optional.empty()
                : WriteForms.returningForm(sql, c, context.dialect(), keyColumns);
        if (returning.isEmpty()) {
            List<Outcome> outcomes = run(sql, c, Expect.COUNT);
            statement.setGeneratedKeys(InMemoryResultSet.empty(statement));
            if (c.kind() == StatementKind.INSERT) {
                statement.addWarning(new SQLWarning("Generated keys are not available for this statement on "
                        + context.dialect() + "; getGeneratedKeys() is empty", "01000"));
            }
            return outcomes.get(0);
        }
        checkWritable(context);
        RemoteDatabaseEngine engine = connection.engine();
        List<Object[]> rows = new ArrayList<>();
        try {
            RemoteDatabaseEngine.OpenTask open = engine.query(returning.get(), COUNT_PAGE_SIZE, call);
            try {
                TaskPage page = open.page();
                rows.addAll(page.rows());
                while (!page.isLast() && open.task() != null) {
                    page = engine.nextPage(open.task(), COUNT_PAGE_SIZE, call);
                    rows.addAll(page.rows());
                }
                statement.setGeneratedKeys(statement.keys(open.page().columns(), rows));
            } finally {
                engine.release(open.task());
            }
        } catch (CallFailedException e) {
            throw SqlExceptions.from(e, true);
        } catch (ServerErrorException e) {
            throw SqlExceptions.from(e, returning.get(), RETURNING_NOTE);
        }
        return Outcome.count(rows.size());
    }

    private long countRows(SemossResultSet rows) throws SQLException {
        try (rows) {
            long n = 0;
            while (rows.next()) {
                n++;
            }
            return n;
        }
    }

    /** Opens a read; {@code changesData} marks a RETURNING form, whose lost answer leaves its fate unknown. */
    SemossResultSet openRead(String sql, boolean changesData) throws SQLException {
        int fetchSize = statement.effectiveFetchSize();
        long maxRows = statement.maxRowsLimit();
        int firstPage = maxRows > 0 ? (int) Math.min(fetchSize, maxRows) : fetchSize;
        RemoteDatabaseEngine engine = connection.engine();
        RemoteDatabaseEngine.OpenTask open;
        try {
            open = engine.query(sql, firstPage, call);
        } catch (CallFailedException e) {
            throw SqlExceptions.from(e, changesData);
        } catch (ServerErrorException e) {
            throw SqlExceptions.from(e);
        }
        TaskRef task = open.task();
        TaskLease lease = task == null ? null : new TaskLease(engine, task);
        PageFetcher pages = size -> statement.fetchPage(task, size);
        PageFetcher fetcher = task == null ? null
                : connection.settings().prefetch() ? new PrefetchingPageFetcher(pages) : pages;
        return new SemossResultSet(statement, open.page(), fetcher, lease, maxRows, fetchSize,
                connection.settings().sessionZone());
    }
}
