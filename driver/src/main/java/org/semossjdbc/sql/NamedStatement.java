package org.semossjdbc.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQL with {@code :name} bind variables, found by the same lexer as {@code ?}: never inside literals, quoted
 * identifiers or comments, and never a PostgreSQL {@code ::type} cast, an assignment {@code :=}, or an array slice
 * bound such as {@code a[1:n]} or {@code a[:n]} (but inside an {@code ARRAY[...]} constructor, a list of values,
 * {@code :name} is a name). Names are case-sensitive. A {@code ?} in the text is left as it is by
 * {@link #render}; {@link #toPositionalSql()} refuses it. Immutable.
 *
 * <p>Two ways to use it: {@link #render} splices literals the caller rendered itself, and
 * {@link #toPositionalSql()} with {@link #positionalNames()} turns the statement into {@code ?} SQL for a
 * {@code PreparedStatement}, so that binding follows the PreparedStatement rules exactly.
 */
public final class NamedStatement {
    private final String[] segments;
    /** The name at each bind position (a name may occur several times). */
    private final String[] occurrences;
    private final List<String> names;
    /** How many {@code ?} markers the text holds besides its names (positional SQL cannot tell them apart). */
    private final int markerCount;
    /** The text between names as positional SQL needs it: {@link #segments} with PostgreSQL's {@code ?|} escaped. */
    private final String[] positionalSegments;

    private NamedStatement(String[] segments, String[] occurrences, List<String> names, int markerCount,
                           String[] positionalSegments) {
        this.segments = segments;
        this.occurrences = occurrences;
        this.names = names;
        this.markerCount = markerCount;
        this.positionalSegments = positionalSegments;
    }

    /** Tokenizes {@code sql} for {@code dialect} and finds its {@code :name} binds. */
    public static NamedStatement parse(String sql, Dialect dialect) {
        List<Token> tokens = SqlLexer.tokenize(sql, dialect);
        List<String> segments = new ArrayList<>();
        List<String> occurrences = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        List<String> positionalSegments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder currentPositional = new StringBuilder();
        int markers = 0;
        ArrayBrackets brackets = new ArrayBrackets();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.MARKER) {
                markers++;
            }
            int nameEnd = t.kind() == Token.Kind.NAMED_BIND ? t.end() : brackets.nameAt(sql, tokens, i);
            brackets.see(sql, t);
            if (nameEnd > 0) {
                segments.add(current.toString());
                positionalSegments.add(currentPositional.toString());
                current.setLength(0);
                currentPositional.setLength(0);
                String name = sql.substring(t.start() + 1, nameEnd);
                occurrences.add(name);
                names.add(name);
                if (nameEnd > t.end()) {
                    i++; // the name's word was a token of its own
                }
            } else {
                current.append(sql, t.start(), t.end());
                if (isJsonbQuestionOperator(sql, t)) {
                    // pgjdbc reads the ? of ?| and ?& as a marker; ??| and ??& mean the operators to it and to us
                    currentPositional.append('?');
                }
                currentPositional.append(sql, t.start(), t.end());
            }
        }
        segments.add(current.toString());
        positionalSegments.add(currentPositional.toString());
        return new NamedStatement(segments.toArray(new String[0]), occurrences.toArray(new String[0]),
                Collections.unmodifiableList(new ArrayList<>(names)), markers,
                positionalSegments.toArray(new String[0]));
    }

    /**
     * Finds names inside {@code ARRAY[...]} constructors. The lexer takes every colon inside brackets for an array
     * slice bound ({@code a[1:n]}, {@code a[:n]}), which is right for subscripts; but the brackets of
     * {@code ARRAY[:a, :b]} hold a list of values, where a colon can only start a name.
     */
    private static final class ArrayBrackets {
        /** One entry per open bracket: whether it opened an ARRAY constructor. */
        private final java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
        private Token previous;

        /** The end of a name starting at token {@code i} (a colon followed at once by a word), or 0. */
        int nameAt(String sql, List<Token> tokens, int i) {
            Token t = tokens.get(i);
            if (open.isEmpty() || !open.peek() || t.kind() != Token.Kind.OPERATOR || t.end() - t.start() != 1
                    || sql.charAt(t.start()) != ':' || i + 1 >= tokens.size()) {
                return 0;
            }
            Token next = tokens.get(i + 1);
            return next.kind() == Token.Kind.WORD && next.start() == t.end() ? next.end() : 0;
        }

        /** Follows brackets, remembering the last significant token to recognise {@code ARRAY[}. */
        void see(String sql, Token t) {
            if (t.isTrivia()) {
                return;
            }
            if (t.kind() == Token.Kind.OPERATOR && sql.charAt(t.start()) == '[' && t.end() - t.start() == 1) {
                open.push(previous != null && previous.isWord(sql, "ARRAY"));
            } else if (t.kind() == Token.Kind.OPERATOR && sql.charAt(t.start()) == ']' && !open.isEmpty()) {
                open.pop();
            }
            previous = t;
        }
    }

    /** The lexer only makes {@code ?|} and {@code ?&} operator tokens in the PostgreSQL dialect. */
    private static boolean isJsonbQuestionOperator(String sql, Token t) {
        return t.kind() == Token.Kind.OPERATOR && t.end() - t.start() == 2 && sql.charAt(t.start()) == '?';
    }

    /** Distinct names in order of first appearance. */
    public List<String> names() {
        return names;
    }

    /**
     * The final SQL; every name must have a literal and every literal a name, else IllegalArgumentException naming
     * the offending name.
     */
    public String render(Map<String, String> literals) {
        for (String name : names) {
            if (!literals.containsKey(name) || literals.get(name) == null) {
                throw new IllegalArgumentException("No value for bind variable :" + name);
            }
        }
        for (String key : literals.keySet()) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException("Value given for :" + key + ", which the SQL does not use");
            }
        }
        String[] values = new String[occurrences.length];
        boolean[] before = new boolean[occurrences.length];
        boolean[] after = new boolean[occurrences.length];
        for (int i = 0; i < occurrences.length; i++) {
            values[i] = literals.get(occurrences[i]);
            String b = segments[i];
            String a = segments[i + 1];
            before[i] = !b.isEmpty() && SqlLexer.isWordPart(b.charAt(b.length() - 1));
            after[i] = !a.isEmpty() && SqlLexer.isWordPart(a.charAt(0));
        }
        StringBuilder out = new StringBuilder();
        ParsedStatement.Segments.appendRendered(out, segments, before, after, values);
        return out.toString();
    }

    /**
     * The SQL with every {@code :name} replaced by a {@code ?} marker, for {@code Connection.prepareStatement}; bind
     * the value of {@code positionalNames().get(i)} at parameter {@code i + 1}. Everything else is kept as written,
     * including PostgreSQL's {@code ??} (the escaped {@code ?} operator, which the driver turns back into {@code ?}),
     * except that PostgreSQL's jsonb operators {@code ?|} and {@code ?&} are written {@code ??|} and {@code ??&}:
     * pgjdbc would take their {@code ?} for a marker, and both drivers read the escaped form as the operator.
     * A space is put between a new marker and a neighbouring {@code ?}, {@code |} or {@code &}, because
     * {@code ??}, {@code ?|} and {@code ?&} would lex as PostgreSQL operators rather than a marker.
     *
     * @throws IllegalArgumentException if the text also holds {@code ?} markers: they would be indistinguishable
     *                                  from the names' markers (write PostgreSQL's {@code ?} operator as {@code ??})
     */
    public String toPositionalSql() {
        if (markerCount > 0) {
            throw new IllegalArgumentException("The SQL mixes " + markerCount + " ? marker(s) with :name bind variables;"
                    + " use names only (write PostgreSQL's ? operator as ??)");
        }
        StringBuilder out = new StringBuilder(positionalSegments[0]);
        for (int i = 1; i < positionalSegments.length; i++) {
            if (out.length() > 0 && out.charAt(out.length() - 1) == '?') {
                out.append(' ');
            }
            out.append('?');
            String next = positionalSegments[i];
            if (!next.isEmpty() && "?|&".indexOf(next.charAt(0)) >= 0) {
                out.append(' ');
            }
            out.append(next);
        }
        return out.toString();
    }

    /**
     * The name bound at each marker of {@link #toPositionalSql()}, in order: a name used twice appears twice.
     * Immutable.
     */
    public List<String> positionalNames() {
        return List.of(occurrences);
    }
}
