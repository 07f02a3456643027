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
 * bound such as {@code a[1:n]}. Names are case-sensitive. A {@code ?} in the text is left as it is. Immutable.
 */
public final class NamedStatement {
    private final String[] segments;
    /** The name at each bind position (a name may occur several times). */
    private final String[] occurrences;
    private final List<String> names;

    private NamedStatement(String[] segments, String[] occurrences, List<String> names) {
        this.segments = segments;
        this.occurrences = occurrences;
        this.names = names;
    }

    /** Tokenizes {@code sql} for {@code dialect} and finds its {@code :name} binds. */
    public static NamedStatement parse(String sql, Dialect dialect) {
        List<Token> tokens = SqlLexer.tokenize(sql, dialect);
        List<String> segments = new ArrayList<>();
        List<String> occurrences = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.NAMED_BIND) {
                segments.add(current.toString());
                current.setLength(0);
                String name = sql.substring(t.start() + 1, t.end());
                occurrences.add(name);
                names.add(name);
            } else {
                current.append(sql, t.start(), t.end());
            }
        }
        segments.add(current.toString());
        return new NamedStatement(segments.toArray(new String[0]), occurrences.toArray(new String[0]),
                Collections.unmodifiableList(new ArrayList<>(names)));
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
}
