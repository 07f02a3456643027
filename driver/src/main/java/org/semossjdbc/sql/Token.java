package org.semossjdbc.sql;

/**
 * One lexical token: a kind and its half-open character range {@code [start, end)} in the SQL text. The lexer keeps
 * every character in some token, so concatenating the token texts gives back the SQL exactly.
 */
record Token(Kind kind, int start, int end) {

    /** The kinds the classifier, marker finder and rewriters need to tell apart. */
    enum Kind {
        /** Spaces, tabs, line breaks. */
        SPACE,
        /** {@code --}, {@code #} (MariaDB), {@code //} (H2) to end of line, or {@code /* ... *}{@code /}. */
        COMMENT,
        /** A single-quoted literal with any prefix ({@code E'..'}, {@code X'..'}, {@code N'..'}) or a MariaDB double-quoted string. */
        STRING,
        /** A dollar-quoted string {@code $tag$...$tag$} (PostgreSQL, H2 {@code $$}). */
        DOLLAR_STRING,
        /** {@code "ident"} or {@code `ident`}. */
        QUOTED_IDENTIFIER,
        /** An unquoted word: keyword or identifier. */
        WORD,
        NUMBER,
        /** A {@code ?} parameter marker. */
        MARKER,
        /** PostgreSQL {@code ??}: the escape for a literal {@code ?} operator (pgjdbc's convention). */
        ESCAPED_QUESTION,
        /** A {@code :name} bind variable. */
        NAMED_BIND,
        SEMICOLON,
        LEFT_PAREN,
        RIGHT_PAREN,
        LEFT_BRACE,
        RIGHT_BRACE,
        COMMA,
        /** Any other operator or punctuation, including {@code ::}, {@code :=} and PostgreSQL {@code ?|}, {@code ?&}. */
        OPERATOR
    }

    String text(String sql) {
        return sql.substring(start, end);
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** True for a WORD equal to {@code keyword} ignoring ASCII case. */
    boolean isWord(String sql, String keyword) {
        return kind == Kind.WORD && end - start == keyword.length() && sql.regionMatches(true, start, keyword, 0, keyword.length());
    }

    /** Whitespace and comments, which carry no meaning for classification. */
    boolean isTrivia() {
        return kind == Kind.SPACE || kind == Kind.COMMENT;
    }
}
