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

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Packed reads (docs/protocol.md, "Packed reads"): a query's rows packed into JSON text by the
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
 * <p>Threads: the cache of descriptions is guarded by its own lock. What reads of a shape learn (row width, which
 * columns hold bytes, numbers as text, few rows) is shared by every connection of the JVM through volatile and atomic
 * fields, the last reader's word winning: each only chooses the form of later reads, and every answer is checked
 * against the description it was built from.
 */
final class PackedReads {
    /**
     * Characters (bytes on MariaDB) of row JSON a chunk is sized for: a sixteenth of MariaDB's default
     * group_concat_max_len, and small enough that a page, the page fetched ahead and the decoded chunk die young in a
     * 16 MiB young generation instead of filling the old one (benchmark 7b: pages of 1 MiB raised the peak heap of a
     * 1,000,000-row read to 1.38 times that of 100,000 rows).
     */
    static final int CHUNK_BUDGET = 64 * 1024;
    /** Chunks per request: about 512 KiB of JSON, so that 100,000 narrow rows take 16 requests rather than 50. */
    static final int CHUNKS_PER_PAGE = 8;
    /** Rows per chunk at most, however narrow the rows. */
    static final int MAX_CHUNK_ROWS = 4096;
    /**
     * Rows a read of a shape may have returned for the next read of it to take one chunk per row: the form without
     * an aggregate ({@link PackedQuery.Chunking#byRows} of 1, which rows wider than half a chunk get anyway). It saves
     * the database its grouping, 0.5-6% of a one-row SELECT's time on the real server's H2 engine in four paired runs
     * (benchmarks/ANALYSIS.md), and costs SEMOSS a few cells per row more: 1,000 rows took 61 ms that way, 27 ms
     * grouped and 57 ms plain, so it is kept for results this small.
     */
    static final int FEW_ROWS = 4;
    private static final int CACHE_SIZE = 1024;
    private static final Log LOG = Log.of(PackedReads.class);

    /**
     * What is known about a statement shape: its columns, or that it is read the plain way; and what packed reads of it
     * found: the JSON width of its rows (0 until one has) and which columns held bytes (null until one has).
     */
    private static final class Shape {
        static final Shape PLAIN = new Shape(List.of(), true);
        final List<ColumnHeader> columns;
        final boolean plain;
        final AtomicInteger rowWidth = new AtomicInteger();
        volatile List<Boolean> holdsBytes;
        /** Set once H2 refused to write one of the shape's numbers into JSON (a NaN or infinite DOUBLE). */
        volatile boolean numbersAsText;
        /** Whether the shape's last read returned at most {@link #FEW_ROWS} rows (all on its first page). */
        volatile boolean fewRows;

        Shape(List<ColumnHeader> columns, boolean plain) {
            this.columns = columns;
            this.plain = plain;
        }
    }

    /**
     * Descriptions by server, engine and statement shape, shared by every connection of the JVM: an application that
     * opens a connection per operation (no pool) describes a shape once, not once per connection. Every packed answer
     * is checked against the description it was built from, so a stale one is refused, never misread.
     */
    private static final Map<String, Shape> SHAPES = new LinkedHashMap<>(CACHE_SIZE * 4 / 3 + 1, 0.75f, true) {
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
        Mode mode = connection.settings().readMode();
        if (mode == Mode.PLAIN || mode == Mode.AUTO && statement.maxRowsLimit() > 0) {
            // maxRows: the plain path stops reading at the limit, where the database would pack every row first;
            // readMode=packed packs anyway, for exact values.
            return null;
        }
        Dialect dialect = connection.context().dialect();
        Optional<PackedQuery> analysed = PackedQuery.analyse(sql, dialect);
        if (analysed.isEmpty()) {
            return null;
        }
        PackedQuery query = analysed.get();
        RemoteDatabaseEngine engine = connection.engine();
        String key = connection.settings().apiBaseUrl() + " " + connection.context().engine().id() + " "
                + query.shapeKey();
        Shape shape = cached(key);
        boolean fresh = shape == null;
        if (fresh) {
            shape = describe(engine, query, dialect, call);
            remember(key, shape);
        }
        if (shape.plain) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<String> dataTypes = new ArrayList<>();
        List<Boolean> text = new ArrayList<>();
        for (ColumnHeader column : shape.columns) {
            labels.add(column.label());
            dataTypes.add(column.dataType());
            text.add(PackedQuery.mayHoldText(column.dataType()));
        }
        // Only MariaDB's packed values depend on it (elsewhere text and bytes are packed by the same expression).
        List<Boolean> knownBytes = dialect == Dialect.MARIADB ? shape.holdsBytes : null;
        RemoteDatabaseEngine.OpenTask open;
        PackedQuery.Chunking chunking = chunking(shape, dataTypes);
        int fetchSize = statement.effectiveFetchSize();
        long maxRows = statement.maxRowsLimit();
        int perPage = chunksPerPage(chunking, shape.rowWidth.get(), fetchSize, maxRows);
        while (true) {
            // Read once per pass: another connection may set it meanwhile, and this pass must judge its own form.
            boolean numbersAsText = shape.numbersAsText;
            Optional<String> packedSql = query.packedSql(labels, dataTypes, chunking, knownBytes, numbersAsText);
            if (packedSql.isEmpty()) {
                remember(key, Shape.PLAIN);
                return null;
            }
            try {
                open = engine.query(packedSql.get(), perPage, call);
                break;
            } catch (CallFailedException e) {
                throw SqlExceptions.from(e, false);
            } catch (ServerErrorException e) {
                if (!numbersAsText && PackedQuery.refusedAJsonNumber(dialect, e.error().vendorCode(),
                        e.error().message())) {
                    // H2 has no JSON number for a NaN or infinite DOUBLE (transcript 183) and failed while packing,
                    // before any row came back: this read and the shape's later ones pack its numbers as text.
                    shape.numbersAsText = true;
                    continue;
                }
                // The packed form failed, so nothing ran: the plain path runs the statement and reports its own
                // errors. A form just described is at fault itself; an older description may be stale (a table
                // recreated).
                LOG.debug("Packed read refused by the server ({}); reading the plain way", e.getMessage());
                if (fresh) {
                    remember(key, Shape.PLAIN);
                } else {
                    forget(key);
                }
                return null;
            }
        }
        TaskRef task = open.task();
        TaskLease lease = task == null ? null : new TaskLease(engine, task);
        List<ColumnHeader> answered = open.page().columns();
        int width = labels.size();
        int first = PackedQuery.leadingColumns();
        int probes = (int) text.stream().filter(Boolean::booleanValue).count();
        boolean sameColumns = answered.size() == first + width + probes
                && sameTypes(answered.subList(first, first + width), shape.columns);
        PackedPage.ValueForm[] forms = sameColumns ? forms(shape.columns, text, open.page(), first + width, dialect)
                : null;
        List<Boolean> holdsBytes = forms == null ? null : holdsBytes(forms, open.page());
        if (!sameColumns || knownBytes != null && holdsBytes != null && !knownBytes.equals(holdsBytes)) {
            release(lease);
            forget(key);
            throw new SQLException("The statement's result columns changed since this connection described them "
                    + "(a table was altered?); the driver does not run a statement twice, so run it again",
                    "0A000");
        }
        if (holdsBytes != null) {
            shape.holdsBytes = holdsBytes;
        }
        // The join's columns: with rows, SEMOSS names them as the backend does (an empty answer, like the
        // description, names every column after its label). Through a derived table H2 and MariaDB name an aliased
        // column after its alias, where a plain read gives the underlying column (docs/LIMITATIONS).
        List<ColumnHeader> columns = List.copyOf(answered.subList(first, first + width));
        // Every page teaches the shape its rows' width, a cut chunk too (its length over its row count): a read that
        // fails on a chunk cut because its rows were far wider than any before leaves the next read smaller chunks.
        Shape read = shape;
        TaskPage firstPage;
        try {
            firstPage = rows(learnWidth(shape, open.page()), columns, forms, perPage);
        } catch (SQLException e) {
            release(lease);
            throw e;
        }
        shape.fewRows = firstPage.isLast() && firstPage.rows().size() <= FEW_ROWS;
        PageFetcher pages = size -> {
            // Sized again for every page: rows of one per chunk may turn out wider than the reads before found.
            int chunks = chunksPerPage(chunking, read.rowWidth.get(), fetchSize, maxRows);
            return rows(learnWidth(read, statement.fetchPage(task, chunks)), columns, forms, chunks);
        };
        PageFetcher fetcher = task == null ? null
                : connection.settings().prefetch() ? new PrefetchingPageFetcher(pages) : pages;
        LOG.debug("Packed read of {} columns", width);
        return new SemossResultSet(statement, firstPage, fetcher, lease, maxRows, fetchSize,
                connection.settings().sessionZone());
    }

    /** Releases the server task of a read that fails before its result set exists. */
    private static void release(TaskLease lease) {
        if (lease != null) {
            lease.run();
        }
    }

    /**
     * The rows of a page of chunks; a chunk without its row count (an answer cut or altered on the way) fails the read
     * like a cut chunk, before any of its rows is passed on.
     */
    static TaskPage rows(TaskPage chunks, List<ColumnHeader> columns, PackedPage.ValueForm[] forms, int requested)
            throws SQLException {
        try {
            return PackedPage.rows(chunks, columns, forms, requested);
        } catch (PackedPage.MalformedChunkException e) {
            throw refused(e);
        }
    }

    /** The error of a read whose chunk came back cut or malformed: nothing of it is passed on, nothing run again. */
    static SQLException refused(PackedPage.MalformedChunkException e) {
        return new SQLDataException(e.getMessage() + "; no row of it was returned. readMode=plain reads this result "
                + "without packing", "22001", e);
    }

    /**
     * Chunks to ask for per request: {@link #CHUNKS_PER_PAGE}, or for chunks of one row as many as fill the same
     * budget ({@link #CHUNK_BUDGET} each) at the widest rows seen, at most the statement's fetch size, and at least
     * {@link #CHUNKS_PER_PAGE} (rows wider than that budget). A shape whose reads were few rows may still return many:
     * its pages are then as large as the plain path's, not eight rows each. Under {@code setMaxRows}
     * ({@code readMode=packed}) no more rows than the limit are asked for.
     *
     * @param rowWidth the widest row JSON seen for the shape, in characters (at least 1 for chunks of one row)
     */
    static int chunksPerPage(PackedQuery.Chunking chunking, int rowWidth, int fetchSize, long maxRows) {
        if (chunking.rows() != 1) {
            return CHUNKS_PER_PAGE;
        }
        int fit = CHUNKS_PER_PAGE * (CHUNK_BUDGET / Math.max(1, rowWidth));
        int chunks = Math.max(CHUNKS_PER_PAGE, Math.min(fetchSize, fit));
        return maxRows > 0 ? (int) Math.max(1, Math.min(chunks, maxRows)) : chunks;
    }

    /**
     * Where this read's chunks close: one row each when the shape's last read returned {@link #FEW_ROWS} rows or
     * fewer (and at least one, so that the width its pages are sized by is known). Otherwise by rows, sized to
     * {@link #CHUNK_BUDGET} from the widest rows earlier reads of the shape found, or, before one has, from the column
     * types when every column has a bounded width; otherwise (a text column) the first read closes them by length.
     */
    private static PackedQuery.Chunking chunking(Shape shape, List<String> dataTypes) {
        if (shape.fewRows && shape.rowWidth.get() > 0) {
            return PackedQuery.Chunking.byRows(1);
        }
        int rowWidth = shape.rowWidth.get();
        boolean unbounded = dataTypes.stream().anyMatch(PackedQuery::mayHoldText);
        if (rowWidth == 0 && unbounded) {
            // A text column may hold rows of any width: a guess by rows could make chunks of any size.
            return PackedQuery.Chunking.byLength(CHUNK_BUDGET);
        }
        if (rowWidth == 0) {
            rowWidth = 2;
            for (String dataType : dataTypes) {
                rowWidth += 1 + assumedWidth(dataType);
            }
        }
        return PackedQuery.Chunking.byRows(Math.min(MAX_CHUNK_ROWS, Math.max(1, CHUNK_BUDGET / rowWidth)));
    }

    /** JSON characters a value of SEMOSS's bounded {@code dataType} takes at most, quotes included. */
    private static int assumedWidth(String dataType) {
        return switch (dataType.toUpperCase(Locale.ROOT)) {
            case "INT" -> 22;
            case "BOOLEAN" -> 7;
            case "DATE" -> 12;
            case "TIMESTAMP" -> 40;
            default -> 70; // DOUBLE: DECIMAL(38,10) and the like
        };
    }

    /**
     * Keeps the widest rows of every page in the shape (the widest seen yet: the chunks of later reads only ever get
     * smaller, the safe side of MariaDB's limit).
     */
    private static TaskPage learnWidth(Shape shape, TaskPage chunks) {
        shape.rowWidth.accumulateAndGet(widestRow(chunks), Math::max);
        return chunks;
    }

    /**
     * The widest chunk's JSON characters per row in a page of chunks (at least 1), or 0 for a page without rows. A
     * chunk without its text is one MariaDB could not return (longer than {@code max_allowed_packet}, its
     * {@code CONCAT} is NULL): at least {@link PackedQuery#MARIADB_CHUNK_LIMIT} long.
     */
    private static int widestRow(TaskPage chunks) {
        int widest = 0;
        for (Object[] chunk : chunks.rows()) {
            if (chunk.length > 2 && chunk[1] instanceof Number rows && rows.intValue() > 0) {
                int length = chunk[2] instanceof String json ? json.length() : PackedQuery.MARIADB_CHUNK_LIMIT;
                widest = Math.max(widest, Math.max(1, length / rows.intValue()));
            }
        }
        return widest;
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

    /** Which columns the probes showed holding bytes; null when the page has no row to show it (an empty result). */
    private static List<Boolean> holdsBytes(PackedPage.ValueForm[] forms, TaskPage page) {
        if (page.rows().isEmpty()) {
            return null;
        }
        List<Boolean> bytes = new ArrayList<>(forms.length);
        for (PackedPage.ValueForm form : forms) {
            bytes.add(form == PackedPage.ValueForm.BYTES);
        }
        return List.copyOf(bytes);
    }

    private static Shape cached(String key) {
        synchronized (SHAPES) {
            return SHAPES.get(key);
        }
    }

    private static void remember(String key, Shape shape) {
        synchronized (SHAPES) {
            SHAPES.put(key, shape);
        }
    }

    private static void forget(String key) {
        synchronized (SHAPES) {
            SHAPES.remove(key);
        }
    }
}
