package org.semossjdbc.sql;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Commit;
import net.sf.jsqlparser.statement.CreateFunctionalStatement;
import net.sf.jsqlparser.statement.DescribeStatement;
import net.sf.jsqlparser.statement.ExplainStatement;
import net.sf.jsqlparser.statement.ParenthesedStatement;
import net.sf.jsqlparser.statement.ResetStatement;
import net.sf.jsqlparser.statement.RollbackStatement;
import net.sf.jsqlparser.statement.SavepointStatement;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.ShowColumnsStatement;
import net.sf.jsqlparser.statement.ShowStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.UseStatement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterSession;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.synonym.CreateSynonym;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.execute.Execute;
import net.sf.jsqlparser.statement.grant.Grant;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.show.ShowTablesStatement;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * Classifies one statement with JSQLParser. Parsing runs on a shared pool of daemon threads with a short timeout, so
 * a pathological statement costs at most the timeout; a statement JSQLParser cannot parse (or parses only as an
 * "unsupported statement") gives null and the caller falls back to the lexer. Thread-safe.
 */
final class JSqlClassifier {
    /** Parsing time allowed per statement; beyond it the lexer decides. */
    static final long TIMEOUT_MILLIS = 150;

    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "semoss-jdbc-sql-parser");
        thread.setDaemon(true);
        return thread;
    });

    private JSqlClassifier() {
    }

    /** The kind and route of {@code statement} (one statement, no trailing {@code ;}), or null if JSQLParser cannot tell. */
    static LexerClassifier.Result classify(String statement, Dialect dialect) {
        Statement parsed;
        try {
            parsed = CCJSqlParserUtil.parse(statement, EXECUTOR, parser -> parser
                    .withTimeOut(TIMEOUT_MILLIS)
                    .withUnsupportedStatements(false)
                    .withBackslashEscapeCharacter(dialect == Dialect.MARIADB));
        } catch (Exception | StackOverflowError e) {
            // JSQLParserException (syntax it does not know), timeouts, a rejected task: the lexer decides
            return null;
        }
        return parsed == null ? null : of(parsed);
    }

    static LexerClassifier.Result of(Statement statement) {
        if (statement instanceof Select select) {
            return select(select);
        } else if (statement instanceof Insert insert) {
            return dml(StatementKind.INSERT, insert.getReturningClause() != null, insert.getWithItemsList());
        } else if (statement instanceof Update update) {
            return dml(StatementKind.UPDATE, update.getReturningClause() != null, update.getWithItemsList());
        } else if (statement instanceof Delete delete) {
            return dml(StatementKind.DELETE, delete.getReturningClause() != null, delete.getWithItemsList());
        } else if (statement instanceof Merge merge) {
            return dml(StatementKind.MERGE, false, merge.getWithItemsList());
        } else if (statement instanceof Upsert) {
            // JSQLParser keeps no RETURNING for REPLACE/UPSERT; the caller's lexer check upgrades the route
            return dml(StatementKind.INSERT, false, null);
        } else if (statement instanceof Truncate) {
            return LexerClassifier.Result.of(StatementKind.TRUNCATE, Route.WRITE);
        } else if (statement instanceof CreateTable || statement instanceof CreateIndex || statement instanceof CreateView
                || statement instanceof CreateSchema || statement instanceof CreateSequence || statement instanceof Alter
                || statement instanceof AlterView || statement instanceof AlterSequence || statement instanceof Drop
                || statement instanceof Grant || statement instanceof Comment || statement instanceof RenameTableStatement
                || statement instanceof CreateFunctionalStatement || statement instanceof CreateSynonym) {
            return LexerClassifier.Result.of(StatementKind.DDL, Route.WRITE);
        } else if (statement instanceof Execute) {
            return LexerClassifier.Result.of(StatementKind.CALL, Route.WRITE);
        } else if (statement instanceof Commit || statement instanceof RollbackStatement
                || statement instanceof SavepointStatement) {
            return LexerClassifier.Result.of(StatementKind.TRANSACTION_CONTROL, Route.WRITE);
        } else if (statement instanceof SetStatement set) {
            String name = String.valueOf(set.getName()).toUpperCase(Locale.ROOT);
            return LexerClassifier.Result.of(name.contains("AUTOCOMMIT") || name.contains("TRANSACTION")
                    ? StatementKind.TRANSACTION_CONTROL : StatementKind.SESSION, Route.WRITE);
        } else if (statement instanceof UseStatement || statement instanceof ResetStatement
                || statement instanceof AlterSession) {
            return LexerClassifier.Result.of(StatementKind.SESSION, Route.WRITE);
        } else if (statement instanceof ShowStatement || statement instanceof ShowColumnsStatement
                || statement instanceof ShowTablesStatement || statement instanceof DescribeStatement) {
            return LexerClassifier.Result.of(StatementKind.QUERY, Route.READ);
        } else if (statement instanceof ExplainStatement explain) {
            return explain(explain);
        } else if (statement instanceof UnsupportedStatement) {
            return null;
        }
        return LexerClassifier.Result.of(StatementKind.OTHER, Route.WRITE);
    }

    private static LexerClassifier.Result select(Select select) {
        if (select instanceof PlainSelect plain && plain.getIntoTables() != null && !plain.getIntoTables().isEmpty()) {
            // SELECT ... INTO t creates a table (PostgreSQL); MariaDB INTO @var assigns
            boolean variables = plain.getIntoTables().stream().allMatch(t -> t.getName().startsWith("@"));
            return LexerClassifier.Result.of(variables ? StatementKind.SESSION : StatementKind.DDL, Route.WRITE);
        }
        StatementKind changed = changingWithItem(select.getWithItemsList());
        return changed == null
                ? LexerClassifier.Result.of(StatementKind.QUERY, Route.READ)
                : LexerClassifier.Result.of(changed, Route.READ_RETURNING);
    }

    private static LexerClassifier.Result dml(StatementKind kind, boolean returning, List<WithItem<?>> withItems) {
        return LexerClassifier.Result.of(kind, returning ? Route.READ_RETURNING : Route.WRITE);
    }

    /** The kind of the first data-changing statement inside a WITH, or null when every item only reads. */
    private static StatementKind changingWithItem(List<WithItem<?>> items) {
        if (items == null) {
            return null;
        }
        for (WithItem<?> item : items) {
            ParenthesedStatement inner = item.getParenthesedStatement();
            if (inner != null && !(inner instanceof Select)) {
                LexerClassifier.Result r = of(inner);
                if (r != null && r.route() != Route.READ) {
                    return r.kind();
                }
            } else if (inner instanceof Select nested) {
                StatementKind deeper = changingWithItem(nested.getWithItemsList());
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    private static LexerClassifier.Result explain(ExplainStatement explain) {
        ExplainStatement.Option analyze = explain.getOption(ExplainStatement.OptionType.ANALYZE);
        boolean runs = analyze != null && (analyze.getValue() == null
                || !List.of("FALSE", "OFF", "0").contains(analyze.getValue().toUpperCase(Locale.ROOT)));
        Select target = explain.getStatement();
        if (runs && target != null && changingWithItem(target.getWithItemsList()) != null) {
            return LexerClassifier.Result.of(StatementKind.OTHER, Route.WRITE);
        }
        return LexerClassifier.Result.of(StatementKind.QUERY, Route.READ);
    }
}
