package org.semossjdbc.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SQL of a packed read (docs/protocol.md, "Packed reads"): the database itself packs a query's rows into JSON
 * text, a chunk of rows per cell, each value in an exact text form, so that SEMOSS renders one cell per chunk instead
 * of one per value. Pure functions of the SQL text; no I/O.
 *
 * <p>Only a statement this class can show the rewrite keeps identical is packed: one {@code SELECT} (or
 * {@code WITH ... SELECT}, or a parenthesised query), no {@code FOR UPDATE}/{@code FOR SHARE}/{@code LOCK IN}, no
 * {@code INTO}, no parameter marker, no sequence or lock function, and an {@code ORDER BY} (if any) made only of
 * output columns by name or position. Everything else is read the plain way.
 *
 * <p>The packed form, for a statement {@code S} whose output columns are {@code a, b} (MariaDB's, with rows chunked by
 * number):
 * <pre>
 * SELECT (x.rn - 1) DIV &lt;rows per chunk&gt; AS c, COUNT(*) AS n,
 *        CONCAT('[', &lt;string aggregate of x.r ORDER BY x.rn&gt;, ']') AS j, z.*, &lt;probes&gt;
 * FROM (SELECT ROW_NUMBER() OVER (ORDER BY &lt;S's ORDER BY on q&gt;) AS rn, &lt;JSON array of q.a, q.b&gt; AS r
 *       FROM (S) q) x
 * LEFT JOIN (SELECT * FROM (S) q0 LIMIT 0) z ON 1 = 0
 * GROUP BY (x.rn - 1) DIV &lt;rows per chunk&gt;, z.a, z.b ORDER BY 1
 * </pre>
 * H2 needs no numbering level ({@code ROWNUM()} numbers the rows of {@code (S) q} before grouping); PostgreSQL, which
 * cannot group by every type {@code z} may hold, groups the chunks in a derived table joined to {@code z}.
 * <ul>
 *   <li>{@code z.*}, the statement joined empty, gives SEMOSS's column description of {@code S} itself (names, labels,
 *       data types), exactly as a plain read of {@code S} would, in the same answer (transcripts 175/176, 274/275,
 *       385/386). The empty branch is never executed.</li>
 *   <li>{@code S}'s ORDER BY moves into {@code ROW_NUMBER()}, which orders both the chunks and the rows inside each
 *       chunk; MariaDB may drop the ORDER BY of a derived table, so nothing relies on it there. H2 numbers the rows
 *       with {@code ROWNUM()} instead, which counts an ordered derived table's rows in its order (observed on
 *       1.4.200), and orders the rows inside a chunk by that number too.</li>
 *   <li>The empty statement's columns are in the GROUP BY (H2, MariaDB): all NULL, they add no group, and the chunks
 *       need no derived table of their own, which is most of what the packed form costs over the plain one on a
 *       one-row read. The statement's own columns may be called {@code c}, {@code n}, {@code rn}...: every name is
 *       qualified and the order is by position.</li>
 *   <li>Chunks close after a number of rows ({@link Chunking#byRows}), chosen by the caller from the row width, or,
 *       where the width is not known yet and the backend caps the aggregate (MariaDB's {@code group_concat_max_len}),
 *       at a running total of the rows' JSON length ({@link Chunking#byLength}); {@code n} counts the chunk's rows, so
 *       a chunk the server still cut is detected rather than passed on. On MariaDB every packed statement runs
 *       under {@code SET STATEMENT group_concat_max_len = 16 MiB FOR}, for that statement alone.</li>
 *   <li>The probes tell, per character column, whether it holds bytes (which are packed as hex): H2 casts a binary
 *       value to hex where it casts text to itself, so the encoding is the same and only the reading differs.</li>
 * </ul>
 */
public final class PackedQuery {
    /** Words that make a statement unsafe to wrap: side effects, locking, or a form that is not a plain query. */
    private static final Set<String> REFUSED_WORDS = Set.of(
            "INTO", "LOCK", "NEXTVAL", "SETVAL", "CURRVAL", "LASTVAL", "GET_LOCK", "RELEASE_LOCK",
            "RELEASE_ALL_LOCKS", "PG_ADVISORY_LOCK", "PG_ADVISORY_XACT_LOCK", "PG_TRY_ADVISORY_LOCK", "SLEEP",
            "PG_SLEEP", "LAST_INSERT_ID", "ROW_COUNT", "FOUND_ROWS", "SQL_CALC_FOUND_ROWS", "PROCEDURE",
            "SET_CONFIG", "TXID_CURRENT", "IDENTITY", "SCOPE_IDENTITY", "RETURNING");
    /**
     * Words that make a statement unsafe to pack on MariaDB: the packed form raises {@code group_concat_max_len} for
     * itself, which would change what the statement's own aggregates return, or what it reads of the variable.
     */
    private static final Set<String> MARIADB_REFUSED_WORDS = Set.of(
            "GROUP_CONCAT", "JSON_ARRAYAGG", "JSON_OBJECTAGG", "GROUP_CONCAT_MAX_LEN");
    /** H2's error code for a value it cannot convert, as in {@code [22018-200]}. */
    private static final int H2_DATA_CONVERSION_ERROR = 22018;
    /** The value H2's conversion error names when a DOUBLE has no JSON number. */
    private static final Pattern NOT_A_JSON_NUMBER = Pattern.compile("converting \"-?(NaN|Infinity)\"");
    /** Words that end a statement's top-level ORDER BY. */
    private static final Set<String> ORDER_BY_END = Set.of("LIMIT", "OFFSET", "FETCH");

    private final String statement;
    private final Dialect dialect;
    private final List<OrderItem> orderBy;
    private final String shapeKey;

    private PackedQuery(String statement, Dialect dialect, List<OrderItem> orderBy, String shapeKey) {
        this.statement = statement;
        this.dialect = dialect;
        this.orderBy = orderBy;
        this.shapeKey = shapeKey;
    }

    /**
     * One item of the statement's top-level ORDER BY.
     *
     * @param position   the 1-based output column position, or 0 when {@code identifier} names it
     * @param identifier the column as written (unquoted, or the text inside the quotes), or null
     * @param quoted     whether {@code identifier} was quoted (then compared exactly)
     * @param suffix     {@code DESC}, {@code NULLS LAST} and the like as written, or empty
     */
    record OrderItem(int position, String identifier, boolean quoted, String suffix) {
    }

    /**
     * The packed form's analysis of one statement, or empty when it must be read the plain way.
     *
     * @param sql     one statement, escapes already translated
     * @param dialect the engine's dialect; {@link Dialect#GENERIC} is never packed
     */
    public static Optional<PackedQuery> analyse(String sql, Dialect dialect) {
        if (dialect != Dialect.H2 && dialect != Dialect.POSTGRESQL && dialect != Dialect.MARIADB) {
            return Optional.empty();
        }
        List<Token> tokens = new ArrayList<>();
        for (Token t : SqlLexer.tokenize(sql, dialect)) {
            if (!t.isTrivia()) {
                tokens.add(t);
            }
        }
        // One trailing semicolon is allowed; any other is several statements.
        int end = tokens.size();
        if (end > 0 && tokens.get(end - 1).is(Token.Kind.SEMICOLON)) {
            end--;
        }
        if (end == 0) {
            return Optional.empty();
        }
        int first = 0;
        while (first < end && tokens.get(first).is(Token.Kind.LEFT_PAREN)) {
            first++;
        }
        if (first == end || !(tokens.get(first).isWord(sql, "SELECT") || tokens.get(first).isWord(sql, "WITH"))) {
            return Optional.empty();
        }
        int depth = 0;
        int orderByStart = -1;
        int orderByEnd = -1;
        StringBuilder key = new StringBuilder(sql.length());
        boolean pastFrom = false;
        for (int i = 0; i < end; i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case SEMICOLON, MARKER, NAMED_BIND, ESCAPED_QUESTION, LEFT_BRACE, RIGHT_BRACE -> {
                    return Optional.empty();
                }
                case LEFT_PAREN -> depth++;
                case RIGHT_PAREN -> depth--;
                case WORD -> {
                    String word = t.text(sql).toUpperCase(Locale.ROOT);
                    if (REFUSED_WORDS.contains(word)
                            || dialect == Dialect.MARIADB && MARIADB_REFUSED_WORDS.contains(word)
                            || word.equals("FOR") && (depth == 0 || lockingFor(sql, tokens, i, end))
                            || word.equals("NEXT") && i + 1 < end && tokens.get(i + 1).isWord(sql, "VALUE")
                            || (word.equals("FINAL") || word.equals("NEW") || word.equals("OLD")) && i + 1 < end
                            && tokens.get(i + 1).isWord(sql, "TABLE")) {
                        // a lock, a side effect, H2's data change delta table (runs a write), SELECT INTO
                        return Optional.empty();
                    }
                    if (depth == 0 && word.equals("FROM")) {
                        pastFrom = true;
                    }
                    if (depth == 0 && word.equals("ORDER") && i + 1 < end && tokens.get(i + 1).isWord(sql, "BY")) {
                        orderByStart = i + 2;
                        orderByEnd = end;
                    } else if (depth == 0 && orderByStart >= 0 && orderByEnd == end && i >= orderByStart
                            && ORDER_BY_END.contains(word)) {
                        orderByEnd = i;
                    } else if (depth == 0 && orderByStart >= 0 && i >= orderByStart
                            && (word.equals("UNION") || word.equals("EXCEPT") || word.equals("INTERSECT")
                            || word.equals("MINUS"))) {
                        orderByStart = -1; // an inner ORDER BY of a compound query's branch
                        orderByEnd = -1;
                    }
                }
                default -> {
                }
            }
            if (depth < 0) {
                return Optional.empty();
            }
            // Literals after the top-level FROM (WHERE values, LIMIT) do not change the result's columns: statements
            // that differ only there share one description.
            boolean literal = t.is(Token.Kind.STRING) || t.is(Token.Kind.NUMBER) || t.is(Token.Kind.DOLLAR_STRING);
            key.append(pastFrom && literal ? "?" : t.text(sql)).append(' ');
        }
        if (depth != 0) {
            return Optional.empty();
        }
        List<OrderItem> order = new ArrayList<>();
        if (orderByStart >= 0) {
            Optional<List<OrderItem>> items = orderItems(sql, tokens.subList(orderByStart, orderByEnd));
            if (items.isEmpty()) {
                return Optional.empty();
            }
            order = items.get();
        }
        String statement = sql.substring(tokens.get(0).start(), tokens.get(end - 1).end());
        return Optional.of(new PackedQuery(statement, dialect, List.copyOf(order), dialect + ":" + key));
    }

    /** {@code FOR} inside parentheses is a locking clause only when followed by UPDATE/SHARE/NO KEY/KEY. */
    private static boolean lockingFor(String sql, List<Token> tokens, int i, int end) {
        if (i + 1 >= end) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.isWord(sql, "UPDATE") || next.isWord(sql, "SHARE") || next.isWord(sql, "NO")
                || next.isWord(sql, "KEY");
    }

    private static Optional<List<OrderItem>> orderItems(String sql, List<Token> tokens) {
        List<OrderItem> items = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            OrderItem item;
            if (t.is(Token.Kind.NUMBER)) {
                try {
                    item = new OrderItem(Integer.parseInt(t.text(sql)), null, false, "");
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            } else if (t.is(Token.Kind.WORD)) {
                item = new OrderItem(0, t.text(sql), false, "");
            } else if (t.is(Token.Kind.QUOTED_IDENTIFIER)) {
                String text = t.text(sql);
                char quote = text.charAt(0);
                if (text.length() < 2 || text.charAt(text.length() - 1) != quote) {
                    return Optional.empty();
                }
                String inner = text.substring(1, text.length() - 1).replace("" + quote + quote, "" + quote);
                item = new OrderItem(0, inner, true, "");
            } else {
                return Optional.empty();
            }
            i++;
            StringBuilder suffix = new StringBuilder();
            while (i < tokens.size() && !tokens.get(i).is(Token.Kind.COMMA)) {
                Token s = tokens.get(i);
                String word = s.is(Token.Kind.WORD) ? s.text(sql).toUpperCase(Locale.ROOT) : "";
                if (!(word.equals("ASC") || word.equals("DESC") || word.equals("NULLS") || word.equals("FIRST")
                        || word.equals("LAST"))) {
                    return Optional.empty(); // an expression, a qualified name, COLLATE...: not provably the same
                }
                suffix.append(' ').append(word);
                i++;
            }
            items.add(new OrderItem(item.position(), item.identifier(), item.quoted(), suffix.toString()));
            if (i < tokens.size()) {
                i++; // the comma
                if (i == tokens.size()) {
                    return Optional.empty();
                }
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(items);
    }

    /** The statement as it will be wrapped (no trailing semicolon). */
    public String statement() {
        return statement;
    }

    /**
     * What identifies the statement's result columns: statements with equal keys differ at most in literal values
     * after the top-level FROM, so one description serves them all.
     */
    public String shapeKey() {
        return shapeKey;
    }

    /**
     * The query whose (empty) answer describes the statement's columns: their labels and SEMOSS data types, as a plain
     * read gives them. The statement is an empty derived table here, as in the packed form's join: {@code LIMIT 0}
     * rather than {@code WHERE 1 = 0}, which MariaDB answers by materialising the whole derived table first (the
     * packed form of 100,000 rows took three times as long).
     */
    public String describeSql() {
        return "SELECT * FROM (" + statement + ") q0 LIMIT 0";
    }


    /**
     * Where the packed form closes a chunk: after a number of rows, or at a running total of the rows' JSON length.
     *
     * <p>By rows is the cheaper form (no running sum over the whole result: on 100,000 rows it saves about a third of
     * the database's time on H2 and MariaDB), and the usual one. By length is exact for rows of any width; it is what
     * MariaDB needs when nothing is known yet of a statement's row width, since a chunk longer than
     * {@code group_concat_max_len} would be cut (the read then fails rather than passing the cut chunk on).
     *
     * @param rows   rows per chunk, or 0 when chunks close by length
     * @param budget characters (bytes on MariaDB) of row JSON after which a chunk closes, when {@code rows} is 0
     */
    public record Chunking(int rows, int budget) {
        /** Chunks of {@code rows} rows each (the last one may hold fewer). */
        public static Chunking byRows(int rows) {
            return new Chunking(Math.max(1, rows), 0);
        }

        /** Chunks that close once their rows' JSON reaches {@code budget} characters (bytes on MariaDB). */
        public static Chunking byLength(int budget) {
            return new Chunking(0, Math.max(1, budget));
        }
    }

    /**
     * MariaDB's {@code group_concat_max_len} for every packed statement alone ({@code SET STATEMENT ... FOR}, which
     * leaves the engine's shared session untouched): 16 MiB, MariaDB's default {@code max_allowed_packet}, beyond
     * which the server cuts the aggregate anyway and no single value can grow. A chunk by rows then has 256 times the
     * room of the length budget its row count was chosen for, and a chunk closed by length holds any row whole.
     */
    public static final int MARIADB_CHUNK_LIMIT = 16 * 1024 * 1024;

    /**
     * The packed form, or empty when its ORDER BY names something that is not exactly one output column.
     *
     * @param labels    the statement's column labels, in order, as its description gave them
     * @param dataTypes SEMOSS's data type of each column ({@code INT}, {@code STRING}...; null when unknown): columns
     *                  that may hold text get a probe ({@link #mayHoldText}), and on MariaDB bytes are packed as hex
     * @param chunking  where a chunk closes
     */
    public Optional<String> packedSql(List<String> labels, List<String> dataTypes, Chunking chunking) {
        return packedSql(labels, dataTypes, chunking, null, false);
    }

    /**
     * The packed form, with what an earlier read's probes showed of each column: on MariaDB a column known to hold
     * text is packed as it is and one known to hold bytes as hex, without the per-value test of its character set
     * (the probes still come back, so a column that changed since is noticed, not misread).
     *
     * @param holdsBytes    per column, whether it held bytes when last read ({@code null} entries, or a null list,
     *                      for columns not known yet)
     * @param numbersAsText on H2, DOUBLE columns cast to text like the other values (integers stay numbers), for a
     *                      statement whose DOUBLE values H2 could not write as JSON numbers (NaN, infinities,
     *                      {@link #refusedAJsonNumber}); ignored elsewhere
     */
    public Optional<String> packedSql(List<String> labels, List<String> dataTypes, Chunking chunking,
                                      List<Boolean> holdsBytes, boolean numbersAsText) {
        List<Boolean> textColumns = dataTypes.stream().map(PackedQuery::mayHoldText).toList();
        String window = windowOrder(labels);
        if (window == null) {
            return Optional.empty();
        }
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                row.append(", ");
            }
            Boolean bytes = holdsBytes == null ? null : holdsBytes.get(i);
            row.append(packedValue("q." + quote(labels.get(i)), textColumns.get(i), dataTypes.get(i), bytes,
                    numbersAsText));
        }
        String rowJson = switch (dialect) {
            case H2 -> "CAST(JSON_ARRAY(" + row + " NULL ON NULL) AS VARCHAR)";
            case POSTGRESQL -> "json_build_array(" + row + ")::text";
            default -> "JSON_ARRAY(" + row + ")";
        };
        List<String> empty = new ArrayList<>();
        StringBuilder probes = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            empty.add("z." + quote(labels.get(i)));
            if (textColumns.get(i)) {
                probes.append(", ").append(probe("z." + quote(labels.get(i)))).append(" AS semoss_t").append(i + 1);
            }
        }
        String joinEmpty = " LEFT JOIN (" + describeSql() + ") z ON 1 = 0";
        String limit = dialect == Dialect.MARIADB
                ? "SET STATEMENT group_concat_max_len = " + MARIADB_CHUNK_LIMIT + " FOR " : "";
        String rowNumber = dialect == Dialect.H2 ? "ROWNUM()" : "ROW_NUMBER() OVER (" + window + ")";
        String numbered = "SELECT " + rowNumber + " AS rn, " + rowJson + " AS r FROM (" + statement + ") q";
        if (chunking.rows() == 1) {
            // A chunk of one row needs no aggregate: each row is its own chunk, numbered as the grouped forms number
            // their rows, and the database saves the grouping (part of what the packed form of a one-row SELECT costs
            // over the plain one). No GROUP_CONCAT, so MariaDB needs no raised limit either.
            String from = dialect == Dialect.H2 ? "(" + statement + ") q" : "(" + numbered + ") x";
            String number = dialect == Dialect.H2 ? "CAST(ROWNUM() - 1 AS BIGINT)" : "x.rn - 1";
            String json = dialect == Dialect.H2 ? rowJson : "x.r";
            return Optional.of("SELECT " + number + " AS c, 1 AS n, CONCAT('[', " + json + ", ']') AS j, z.*" + probes
                    + " FROM " + from + joinEmpty + " ORDER BY 1");
        }
        String chunkRows;
        String chunk;
        String aggregate = switch (dialect) {
            case POSTGRESQL -> "string_agg(x.r, ',' ORDER BY x.rn)";
            default -> "GROUP_CONCAT(x.r ORDER BY x.rn SEPARATOR ',')";
        };
        if (dialect == Dialect.H2 && chunking.rows() > 0) {
            // H2 numbers the statement's rows as they are read, before grouping (ROWNUM(), documented so), and in an
            // ordered derived table's order (H2 1.4.200 as observed; PackedReadIT checks it on ties over many chunks):
            // chunks straight from the statement, no numbering level. The aggregate orders each chunk's rows by the
            // same number, never by the statement's ORDER BY rewritten on q's columns: H2 resolves "ORDER BY name" to
            // a column called name before an output column aliased name, so a rewrite could order by another column.
            // A CAST keeps the chunk number an integer.
            chunkRows = "(" + statement + ") q";
            chunk = "CAST((ROWNUM() - 1) / " + chunking.rows() + " AS BIGINT)";
            aggregate = "GROUP_CONCAT(" + rowJson + " ORDER BY ROWNUM() SEPARATOR ',')";
        } else if (chunking.rows() > 0) {
            chunkRows = "(" + numbered + ") x";
            chunk = switch (dialect) {
                case MARIADB -> "(x.rn - 1) DIV " + chunking.rows();
                default -> "(x.rn - 1) / " + chunking.rows();
            };
        } else {
            String length = dialect == Dialect.POSTGRESQL ? "length(r)" : "LENGTH(r)";
            // H2 sums lengths as DECIMAL, so its quotient needs FLOOR; PostgreSQL divides bigints as integers.
            String byLength = "(SUM(" + length + ") OVER (ORDER BY rn) - " + length + ")" + switch (dialect) {
                case MARIADB -> " DIV " + chunking.budget();
                case POSTGRESQL -> " / " + chunking.budget();
                default -> "";
            };
            if (dialect == Dialect.H2) {
                byLength = "FLOOR(" + byLength + " / " + chunking.budget() + ")";
            }
            chunkRows = "(SELECT rn, r, " + byLength + " AS c FROM (" + numbered + ") x) x";
            chunk = "x.c";
        }
        String chunkColumns = chunk + " AS c, COUNT(*) AS n, CONCAT('[', " + aggregate + ", ']') AS j";
        if (dialect == Dialect.POSTGRESQL) {
            // PostgreSQL cannot group by a json (or point, xml...) column, so the chunks are a derived table joined to
            // the empty statement.
            return Optional.of("SELECT p.c, p.n, p.j, z.*" + probes + " FROM (SELECT " + chunkColumns + " FROM "
                    + chunkRows + " GROUP BY 1) p" + joinEmpty + " ORDER BY p.c");
        }
        // H2 and MariaDB: the chunks and the empty statement in one grouped query, grouped also by the empty
        // statement's columns (all NULL, one group per chunk): a derived table less, which on a one-row read is most
        // of what the packed form costs over the plain one. Every name is qualified and the order is positional,
        // since the statement's own columns may be called c, n, j, r or rn.
        return Optional.of(limit + "SELECT " + chunkColumns + ", z.*" + probes + " FROM " + chunkRows + joinEmpty
                + " GROUP BY " + chunk + ", " + String.join(", ", empty) + " ORDER BY 1");
    }

    /**
     * Whether a column SEMOSS types {@code dataType} may hold text or bytes (anything but a number, boolean, date or
     * timestamp, or an unknown type): such a column gets a probe in the packed form.
     */
    public static boolean mayHoldText(String dataType) {
        if (dataType == null) {
            return true;
        }
        return switch (dataType.toUpperCase(Locale.ROOT)) {
            case "INT", "DOUBLE", "BOOLEAN", "TIMESTAMP", "DATE" -> false;
            default -> true;
        };
    }

    /**
     * Whether the server refused a packed form because H2 could not write a DOUBLE as a JSON number: H2's conversion
     * error (code 22018) naming NaN or an infinity (transcript 183). The form with numbers cast
     * ({@code numbersAsText}) reads such a statement; any other refusal is the statement's own or another form's.
     */
    public static boolean refusedAJsonNumber(Dialect dialect, int vendorCode, String message) {
        return dialect == Dialect.H2 && vendorCode == H2_DATA_CONVERSION_ERROR && message != null
                && NOT_A_JSON_NUMBER.matcher(message).find();
    }

    /** Number of columns before the statement's own in a packed answer ({@code c, n, j}). */
    public static int leadingColumns() {
        return 3;
    }

    /**
     * How a probe value says the column holds bytes: PostgreSQL {@code pg_typeof} names {@code bytea}; MariaDB's
     * {@code CHARSET} is {@code binary} (numbers never get a probe); H2 converts the text {@code '4142'} to the
     * column's type, two bytes (OCTET_LENGTH 4 in H2 1.4.200) for a binary type, four characters (8) for text.
     */
    public static boolean probeSaysBytes(Dialect dialect, Object probe) {
        if (probe == null) {
            return false;
        }
        String text = probe.toString().trim();
        return switch (dialect) {
            case POSTGRESQL -> text.equals("bytea");
            case MARIADB -> text.equalsIgnoreCase("binary");
            case H2 -> text.equals("4");
            default -> false;
        };
    }

    private String probe(String column) {
        return switch (dialect) {
            case POSTGRESQL -> "pg_typeof(" + column + ")::text";
            case MARIADB -> "CHARSET(" + column + ")";
            default -> "OCTET_LENGTH(CASE WHEN 1 = 0 THEN " + column + " ELSE '4142' END)";
        };
    }

    /**
     * One value's exact text form. H2: a number (SEMOSS's INT or DOUBLE) as it is, which JSON_ARRAY writes with the
     * digits a cast to VARCHAR gives (DECIMAL to the last one); every other value cast to VARCHAR, which is exact for
     * every type (TIMESTAMP to the nanosecond, bytes as hex) and avoids JSON_ARRAY's refusal of TIMESTAMP and
     * VARBINARY (transcripts 171, 172, 179). A DOUBLE that is NaN or infinite has no JSON number, so H2 fails the
     * packed form while packing, before any row comes back (transcript 183); the caller then asks for the form with
     * DOUBLE columns cast too, which costs H2 about a fifth more time on a 100,000-row read. PostgreSQL:
     * {@code json_build_array} writes every type exactly (numeric digits, timestamps with fractions and offsets, bytea
     * as {@code \x} hex). MariaDB: JSON_ARRAY writes DECIMAL digits and DATETIME fractions exactly; a binary string
     * would be written as broken text, so it is hex.
     */
    private String packedValue(String column, boolean text, String dataType, Boolean bytes, boolean numbersAsText) {
        return switch (dialect) {
            // A number is written by JSON_ARRAY as its digits; everything else is cast (see above).
            case H2 -> "INT".equalsIgnoreCase(dataType) || "DOUBLE".equalsIgnoreCase(dataType) && !numbersAsText
                    ? column : "CAST(" + column + " AS VARCHAR)";
            case POSTGRESQL -> column;
            // MariaDB writes a BIT value into JSON as a bare escaped character, which is not JSON: as a number.
            case MARIADB -> "BOOLEAN".equalsIgnoreCase(dataType) ? "(" + column + " + 0)"
                    : !text ? column
            // One character set for every argument: JSON_ARRAY refuses text columns of mixed collations.
                    : Boolean.TRUE.equals(bytes) ? "CONVERT(HEX(" + column + ") USING utf8mb4)"
                    : Boolean.FALSE.equals(bytes) ? "CONVERT(" + column + " USING utf8mb4)"
            // Both branches in utf8mb4: HEX() answers in the connection's character set, which may not hold all text.
                    : "IF(CHARSET(" + column + ") = 'binary', CONVERT(HEX(" + column + ") USING utf8mb4), "
                    + "CONVERT(" + column + " USING utf8mb4))";
            default -> column;
        };
    }

    /**
     * {@code ORDER BY} of the row numbers: the statement's own, on the output columns; null when not provable. H2 does
     * not use it (its rows are numbered in the derived table's own order), but the rule of what is packed is the
     * same on every backend.
     */
    String windowOrder(List<String> labels) {
        if (orderBy.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("ORDER BY ");
        for (int i = 0; i < orderBy.size(); i++) {
            OrderItem item = orderBy.get(i);
            int column = item.position() > 0 ? item.position() - 1 : column(labels, item);
            if (column < 0 || column >= labels.size()) {
                return null;
            }
            if (i > 0) {
                out.append(", ");
            }
            out.append("q.").append(quote(labels.get(column))).append(item.suffix());
        }
        return out.toString();
    }

    /** The only output column an ORDER BY identifier can mean, or -1 (none, or several). */
    private int column(List<String> labels, OrderItem item) {
        int found = -1;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            boolean same = item.quoted() || dialect == Dialect.POSTGRESQL && !item.quoted()
                    ? label.equals(item.quoted() ? item.identifier() : item.identifier().toLowerCase(Locale.ROOT))
                    : label.equalsIgnoreCase(item.identifier());
            if (same) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private String quote(String identifier) {
        if (dialect == Dialect.MARIADB) {
            return "`" + identifier.replace("`", "``") + "`";
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
