package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.CallFailedException;
import org.semossjdbc.protocol.CallScope;
import org.semossjdbc.protocol.ColumnHeader;
import org.semossjdbc.protocol.PackedPage;
import org.semossjdbc.protocol.RemoteDatabaseEngine;
import org.semossjdbc.protocol.ServerErrorException;
import org.semossjdbc.protocol.TaskPage;
import org.semossjdbc.protocol.TaskRef;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.PackedQuery;
import org.semossjdbc.transport.Log;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Packed reads (docs/protocol.md, "Packed reads"), one per connection: a query's rows packed into JSON text by the
 * database, a chunk of rows per cell, decoded as they are read ({@link PackedPage}). Exact where SEMOSS's own
 * rendering is lossy (DECIMAL digits, TIMESTAMP fractions, bytes, PostgreSQL {@code timestamptz} instants), and
 * several times faster on large results, since SEMOSS renders one cell per chunk instead of one per value.
 *
 * <p>A statement is packed only when {@link PackedQuery} can show the rewrite keeps its result: otherwise, or when
 * the packed form fails on the server (where it did not run), it is read the plain way. The statement's columns are
 * described once per statement shape ({@link PackedQuery#shapeKey}: literals after FROM do not count) and kept here;
 * each packed answer carries the columns again (the statement joined empty), and an answer whose columns no longer
 * match is refused rather than read with the wrong columns, and never run again behind the application's back.
 *
 * <p>Threads: the cache is the only shared state, guarded by its own lock.
 */
final class PackedReads {
    /**
     * Characters (bytes on MariaDB) of row JSON after which a chunk closes: an eighth of MariaDB's default
     * group_concat_max_len, and small enough that a page, the page fetched ahead and the decoded chunk die young in a
     * 16 MiB young generation instead of filling the old one (benchmark 7b).
     */
    static final int CHUNK_BUDGET = 128 * 1024;
    /** Chunks per request: about 512 KiB of JSON. */
    static final int CHUNKS_PER_PAGE = 4;
    private static final int CACHE_SIZE = 256;
    private static final Log LOG = Log.of(PackedReads.class);

    /** What is known about a statement shape: its columns, or that it is read the plain way. */
    private record Shape(List<ColumnHeader> columns, boolean plain) {
        static final Shape PLAIN = new Shape(List.of(), true);
    }

    private final Map<String, Shape> shapes = new LinkedHashMap<>(CACHE_SIZE * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shape> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The read modes of the {@code readMode} property. */
    enum Mode {
        AUTO, PACKED, PLAIN;

        static Mode of(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Opens {@code sql} as a packed read, or returns null when it is to be read the plain way (nothing of it ran).
     *
     * @param sql one statement on the read route, already escape-translated
     */
    SemossResultSet open(SemossStatement statement, String sql, CallScope call) throws SQLException {
        SemossConnection connection = statement.connection();
        if (connection.settings().readMode() == Mode.PLAIN || statement.maxRowsLimit() > 0) {
            // maxRows: the plain path stops reading at the limit; a packed read would pack every row first.
            return null;
        }
        Dialect dialect = connection.context().dialect();
        Optional<PackedQuery> analysed = PackedQuery.analyse(sql, dialect);
        if (analysed.isEmpty()) {
            return null;
        }
        PackedQuery query = analysed.get();
        RemoteDatabaseEngine engine = connection.engine();
        Shape shape = cached(query.shapeKey());
        boolean fresh = shape == null;
        if (fresh) {
            shape = describe(engine, query, dialect, call);
            remember(query.shapeKey(), shape);
        }
        if (shape.plain()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<String> dataTypes = new ArrayList<>();
        List<Boolean> text = new ArrayList<>();
        for (ColumnHeader column : shape.columns()) {
            labels.add(column.label());
            dataTypes.add(column.dataType());
            text.add(PackedQuery.mayHoldText(column.dataType()));
        }
        Optional<String> packedSql = query.packedSql(labels, dataTypes, CHUNK_BUDGET);
        if (packedSql.isEmpty()) {
            remember(query.shapeKey(), Shape.PLAIN);
            return null;
        }
        RemoteDatabaseEngine.OpenTask open;
        try {
            open = engine.query(packedSql.get(), CHUNKS_PER_PAGE, call);
        } catch (CallFailedException e) {
            throw SqlExceptions.from(e, false);
        } catch (ServerErrorException e) {
            // The packed form failed, so nothing ran: the plain path runs the statement and reports its own errors.
            // A form just described is at fault itself; an older description may be stale (a table recreated).
            LOG.debug("Packed read refused by the server ({}); reading the plain way", e.getMessage());
            if (fresh) {
                remember(query.shapeKey(), Shape.PLAIN);
            } else {
                forget(query.shapeKey());
            }
            return null;
        }
        TaskRef task = open.task();
        TaskLease lease = task == null ? null : new TaskLease(engine, task);
        List<ColumnHeader> answered = open.page().columns();
        int width = labels.size();
        int first = PackedQuery.leadingColumns();
        int probes = (int) text.stream().filter(Boolean::booleanValue).count();
        if (answered.size() != first + width + probes
                || !sameTypes(answered.subList(first, first + width), shape.columns())) {
            if (lease != null) {
                lease.run();
            }
            forget(query.shapeKey());
            throw new SQLException("The statement's result columns changed since this connection described them "
                    + "(a table was altered?); the driver does not run a statement twice, so run it again",
                    "0A000");
        }
        // The join's columns: with rows, SEMOSS names them as the backend does (an empty answer, like the
        // description, names every column after its label). Through a derived table H2 and MariaDB name an aliased
        // column after its alias, where a plain read gives the underlying column (docs/LIMITATIONS).
        List<ColumnHeader> columns = List.copyOf(answered.subList(first, first + width));
        PackedPage.ValueForm[] forms = forms(columns, text, open.page(), first + width, dialect);
        TaskPage firstPage = PackedPage.rows(open.page(), columns, forms, CHUNKS_PER_PAGE);
        PageFetcher pages = size -> PackedPage.rows(statement.fetchPage(task, CHUNKS_PER_PAGE), columns, forms,
                CHUNKS_PER_PAGE);
        PageFetcher fetcher = task == null ? null
                : connection.settings().prefetch() ? new PrefetchingPageFetcher(pages) : pages;
        LOG.debug("Packed read of {} columns", width);
        return new SemossResultSet(statement, firstPage, fetcher, lease, 0, statement.effectiveFetchSize(),
                connection.settings().sessionZone());
    }

    /** The statement's columns as a plain read gives them, from its empty answer; PLAIN if the server refuses. */
    private Shape describe(RemoteDatabaseEngine engine, PackedQuery query, Dialect dialect, CallScope call)
            throws SQLException {
        RemoteDatabaseEngine.OpenTask open;
        try {
            open = engine.query(query.describeSql(), 1, call);
        } catch (CallFailedException e) {
            throw SqlExceptions.from(e, false);
        } catch (ServerErrorException e) {
            // Not a derived table on this backend (duplicate labels on H2/MariaDB, a form it refuses there): the
            // plain path reads it, and reports the statement's own error if it has one.
            return Shape.PLAIN;
        }
        if (open.task() != null) {
            engine.release(open.task());
        }
        List<ColumnHeader> columns = open.page().columns();
        if (columns.isEmpty() || !distinctLabels(columns, dialect)) {
            return Shape.PLAIN;
        }
        return new Shape(List.copyOf(columns), false);
    }

    /** Column labels the packed form can name one by one: none missing, none twice. */
    private static boolean distinctLabels(List<ColumnHeader> columns, Dialect dialect) {
        Set<String> seen = new HashSet<>();
        for (ColumnHeader column : columns) {
            if (column.label() == null || column.label().isEmpty()) {
                return false;
            }
            String key = dialect == Dialect.POSTGRESQL ? column.label() : column.label().toUpperCase(Locale.ROOT);
            if (!seen.add(key)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTypes(List<ColumnHeader> answered, List<ColumnHeader> described) {
        if (answered.size() != described.size()) {
            return false;
        }
        for (int i = 0; i < answered.size(); i++) {
            if (!java.util.Objects.equals(answered.get(i).dataType(), described.get(i).dataType())) {
                return false;
            }
        }
        return true;
    }

    private static PackedPage.ValueForm[] forms(List<ColumnHeader> columns, List<Boolean> text, TaskPage page,
                                                int probeStart, Dialect dialect) {
        Object[] firstRow = page.rows().isEmpty() ? null : page.rows().get(0);
        PackedPage.ValueForm[] forms = new PackedPage.ValueForm[columns.size()];
        int probe = probeStart;
        for (int i = 0; i < forms.length; i++) {
            boolean bytes = false;
            if (text.get(i)) {
                bytes = firstRow != null && probe < firstRow.length
                        && PackedQuery.probeSaysBytes(dialect, firstRow[probe]);
                probe++;
            }
            forms[i] = PackedPage.ValueForm.of(columns.get(i).dataType(), bytes);
        }
        return forms;
    }

    private synchronized Shape cached(String key) {
        return shapes.get(key);
    }

    private synchronized void remember(String key, Shape shape) {
        shapes.put(key, shape);
    }

    private synchronized void forget(String key) {
        shapes.remove(key);
    }
}
