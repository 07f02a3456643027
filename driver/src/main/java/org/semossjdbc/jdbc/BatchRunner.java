package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.CallFailedException;
import org.semossjdbc.protocol.CallScope;
import org.semossjdbc.protocol.ColumnHeader;
import org.semossjdbc.protocol.RemoteDatabaseEngine;
import org.semossjdbc.protocol.RemoteDatabaseEngine.BatchResult;
import org.semossjdbc.protocol.RequestSize;
import org.semossjdbc.protocol.ServerErrorException;
import org.semossjdbc.protocol.TaskPage;
import org.semossjdbc.sql.Classification;
import org.semossjdbc.sql.Route;
import org.semossjdbc.sql.StatementKind;
import org.semossjdbc.sql.WriteForms;
import org.semossjdbc.transport.Log;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Runs a JDBC batch with several statements per HTTP request. SEMOSS runs the {@code ;}-separated pixels of one
 * request in order, each with its own answer, and keeps going after a failing one (docs/protocol.md, 'Several pixels in
 * one request').
 *
 * <p>Each statement takes one of three paths: its counting (or RETURNING) form on the read path when the update count
 * can be exact ({@code updateCounts=exact} and OWNER/EDIT, docs/protocol.md, 'Writes and counts'), {@code ExecQuery}
 * otherwise (count {@link Statement#SUCCESS_NO_INFO}, DDL 0), or, for text holding several statements, the ordinary
 * one-statement route. A request carries either reads or {@code ExecQuery} pixels, never both: the server runs a
 * request's reads after its other pixels (docs/protocol.md, 'Reads run last'), which would reorder the batch. Requests
 * stay under {@link RequestSize#BATCH_BUDGET} body bytes, half of Tomcat's 2 MB form limit.
 *
 * <p>Failures: the batch stops after the request holding the first failing statement. The
 * {@link BatchUpdateException}'s counts cover every statement of the requests sent: the failing ones are
 * {@link Statement#EXECUTE_FAILED}, and those after a failure within the same request ran and carry their counts; the
 * statements of later requests were not sent and are not in the array. When a request's answer is lost, its
 * statements' fate is unknown and the counts stop before it.
 */
final class BatchRunner {
    private static final int MAX_STATEMENTS_PER_REQUEST = 500;
    private static final int PAGE_SIZE = 10_000;
    private static final Log LOG = Log.of(BatchRunner.class);

    /**
     * One statement of the batch.
     *
     * @param sql            final SQL (parameters spliced, escapes translated)
     * @param classification its classification
     * @param entries        how many batch entries it stands for (rows of a multi-row INSERT; else 1)
     */
    record Item(String sql, Classification classification, int entries) {
    }

    private enum Path { COUNT, KEYS, EXEC, ALONE }

    private record Planned(Item item, Path path, String wireSql, boolean countColumn, long size) {
        boolean readPath() {
            return path == Path.COUNT || path == Path.KEYS;
        }
    }

    private final SemossStatement statement;
    private final SemossConnection connection;
    private final CallScope call;
    private final List<String> keyColumns;
    private final List<Object[]> keys = new ArrayList<>();
    private List<ColumnHeader> keyHeaders = List.of();
    private boolean noInfoWarned;

    /** {@code keyColumns} null: no generated keys wanted; empty: every column of the inserted rows. */
    BatchRunner(SemossStatement statement, CallScope call, List<String> keyColumns) {
        this.statement = statement;
        this.connection = statement.connection();
        this.call = call;
        this.keyColumns = keyColumns;
    }

    /** Runs the batch; the counts have one element per batch entry. */
    long[] run(List<Item> items) throws SQLException {
        ConnectionContext context = connection.context();
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            Classification c = items.get(i).classification();
            if (!c.multipleStatements() && c.route() == Route.READ) {
                throw new BatchUpdateException("Batch entry " + (i + 1) + " is a query; a batch may hold only "
                        + "statements that return update counts (nothing was sent)", "0100E", 0, new long[0], null);
            }
            total += items.get(i).entries();
        }
        StatementRunner runner = new StatementRunner(statement, call);
        if (!items.isEmpty()) {
            runner.checkWritable(context);
        }
        List<Planned> plans = new ArrayList<>(items.size());
        for (Item item : items) {
            plans.add(plan(item, context));
        }
        long[] counts = new long[total];
        int filled = 0;
        int requests = 0;
        SQLException failure = null;
        int next = 0;
        while (next < plans.size() && failure == null) {
            Planned first = plans.get(next);
            if (first.path() == Path.ALONE) {
                try {
                    long count = SemossStatement.totalCount(runner.run(first.item().sql(),
                            first.item().classification(), StatementRunner.Expect.COUNT));
                    filled = fill(counts, filled, first.item().entries(), count);
                } catch (SQLException e) {
                    throw batchFailure(e, Arrays.copyOf(counts, filled));
                }
                next++;
                requests++;
                continue;
            }
            int end = groupEnd(plans, next);
            List<Planned> group = plans.subList(next, end);
            List<BatchResult> results = send(group, counts, filled);
            requests++;
            for (int k = 0; k < group.size(); k++) {
                BatchResult result = results.get(k);
                Planned planned = group.get(k);
                if (result.error() != null) {
                    SQLException e = serverError(new ServerErrorException(result.error()), List.of(planned));
                    filled = fill(counts, filled, planned.item().entries(), Statement.EXECUTE_FAILED);
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.setNextException(e);
                    }
                } else {
                    filled = fill(counts, filled, planned.item().entries(), count(planned, result.page()));
                }
            }
            next = end;
        }
        if (keyColumns != null) {
            statement.setGeneratedKeys(statement.keys(keyHeaders, keys));
        }
        LOG.debug("batch of {} entries ran as {} statements in {} requests{}", total, plans.size(), requests,
                failure == null ? "" : " (failed)");
        if (failure != null) {
            throw batchFailure(failure, Arrays.copyOf(counts, filled));
        }
        return counts;
    }

    private Planned plan(Item item, ConnectionContext context) {
        Classification c = item.classification();
        if (c.multipleStatements()) {
            return new Planned(item, Path.ALONE, item.sql(), false, 0);
        }
        if (keyColumns != null && c.kind() == StatementKind.INSERT) {
            Optional<String> returning = WriteForms.returningForm(item.sql(), c, context.dialect(), keyColumns);
            if (returning.isPresent()) {
                return planned(item, Path.KEYS, returning.get(), false);
            }
        }
        if (c.route() == Route.READ_RETURNING) {
            // INSERT ... RETURNING written by the application: run as written; its rows are the count.
            return planned(item, Path.COUNT, item.sql(), false);
        }
        if (c.kind() != StatementKind.DDL && connection.settings().exactUpdateCounts() && context.engine().canEdit()) {
            Optional<WriteForms.CountingQuery> counting = WriteForms.countingForm(item.sql(), c, context.dialect());
            if (counting.isPresent()) {
                return planned(item, Path.COUNT, counting.get().sql(), counting.get().countColumn());
            }
        }
        return planned(item, Path.EXEC, item.sql(), false);
    }

    private static Planned planned(Item item, Path path, String sql, boolean countColumn) {
        return new Planned(item, path, sql, countColumn, RequestSize.ofSql(sql) + RequestSize.PIXEL_FRAMING);
    }

    /** The end (exclusive) of the request starting at {@code start}: same path family, within the budget. */
    private static int groupEnd(List<Planned> plans, int start) {
        Planned first = plans.get(start);
        long size = first.size();
        int end = start + 1;
        while (end < plans.size() && end - start < MAX_STATEMENTS_PER_REQUEST) {
            Planned candidate = plans.get(end);
            if (candidate.path() == Path.ALONE || candidate.readPath() != first.readPath()
                    || size + candidate.size() > RequestSize.BATCH_BUDGET) {
                break;
            }
            size += candidate.size();
            end++;
        }
        return end;
    }

    private List<BatchResult> send(List<Planned> group, long[] counts, int filled) throws SQLException {
        RemoteDatabaseEngine engine = connection.engine();
        List<String> sqls = new ArrayList<>(group.size());
        try {
            if (group.get(0).readPath()) {
                group.forEach(p -> sqls.add(p.wireSql()));
                return engine.queryAll(sqls, PAGE_SIZE, call);
            }
            for (Planned p : group) {
                // ExecQuery runs SQL as a server-side prepared statement: a bare ? is escaped first (transcripts 260,
                // 369).
                sqls.add(WriteForms.forPreparedExecution(p.wireSql(), connection.context().dialect()));
            }
            return engine.execQueryAll(sqls, call);
        } catch (IllegalArgumentException e) {
            throw batchFailure(new SQLSyntaxErrorException(e.getMessage() + " (nothing of this request was sent)",
                    "42000"), Arrays.copyOf(counts, filled));
        } catch (CallFailedException e) {
            throw batchFailure(SqlExceptions.from(e, true), Arrays.copyOf(counts, filled));
        } catch (ServerErrorException e) {
            throw batchFailure(serverError(e, group), Arrays.copyOf(counts, filled));
        }
    }

    /** The server's error, with a note when it quotes a form the driver sent instead of what was written. */
    private static SQLException serverError(ServerErrorException e, List<Planned> group) {
        for (Planned p : group) {
            if (!p.wireSql().equals(p.item().sql()) && SqlExceptions.quotes(e.error().message(), p.wireSql())) {
                return SqlExceptions.from(e, p.wireSql(), p.path() == Path.KEYS ? StatementRunner.RETURNING_NOTE
                        : StatementRunner.COUNTING_NOTE);
            }
        }
        return SqlExceptions.from(e);
    }

    /** The statement's count from its answer: exact for counting and RETURNING forms, else by its kind. */
    private long count(Planned planned, TaskPage page) throws SQLException {
        switch (planned.path()) {
            case COUNT, KEYS -> {
                if (page == null || !page.isLast()) {
                    return noInfo();
                }
                if (planned.path() == Path.KEYS) {
                    if (keyHeaders.isEmpty()) {
                        keyHeaders = page.columns();
                    }
                    keys.addAll(page.rows());
                }
                if (planned.countColumn()) {
                    return page.rows().isEmpty() ? 0
                            : ValueConverter.toLong(page.rows().get(0)[0], 0, Long.MAX_VALUE, "update count");
                }
                return page.rows().size();
            }
            default -> {
                StatementKind kind = planned.item().classification().kind();
                return kind == StatementKind.DDL || kind == StatementKind.SESSION
                        || kind == StatementKind.TRANSACTION_CONTROL ? 0 : noInfo();
            }
        }
    }

    private long noInfo() {
        if (!noInfoWarned) {
            noInfoWarned = true;
            statement.addWarning(new SQLWarning("SEMOSS does not report how many rows some batch statements "
                    + "changed (ExecQuery returns no count); their counts are SUCCESS_NO_INFO (-2)", "01000"));
        }
        return Statement.SUCCESS_NO_INFO;
    }

    /**
     * Writes the counts of one statement standing for {@code entries} batch entries: a single entry gets
     * {@code count}; the rows of a multi-row INSERT get 1 each when its count equals their number, else
     * SUCCESS_NO_INFO (or EXECUTE_FAILED when it failed).
     */
    private static int fill(long[] counts, int from, int entries, long count) {
        long each;
        if (entries == 1) {
            each = count;
        } else if (count == Statement.EXECUTE_FAILED) {
            each = Statement.EXECUTE_FAILED;
        } else {
            each = count == entries ? 1 : Statement.SUCCESS_NO_INFO;
        }
        Arrays.fill(counts, from, from + entries, each);
        return from + entries;
    }

    private static BatchUpdateException batchFailure(SQLException e, long[] counts) {
        BatchUpdateException failure = new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(),
                counts, e);
        if (e.getNextException() != null) {
            failure.setNextException(e.getNextException());
        }
        return failure;
    }
}
