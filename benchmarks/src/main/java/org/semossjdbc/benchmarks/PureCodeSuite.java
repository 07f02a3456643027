package org.semossjdbc.benchmarks;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.LiteralRenderer;
import org.semossjdbc.sql.ParsedStatement;
import org.semossjdbc.sql.StatementClassifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Item 5 of the issue: the driver's SQL text functions, no I/O. Throughputs are medians of timed rounds after a
 * warm-up; the cold parse is timed per statement over statements the classifier has never seen.
 */
final class PureCodeSuite implements Suite {

    private static final String TEN_PARAMETERS = "INSERT INTO ORDERS (ID, CUSTOMER, AMOUNT, PLACED, NOTE, QTY, PRICE, "
            + "SHIPPED, REGION, CODE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public String title() {
        return "pure code";
    }

    @Override
    public boolean needsEmulator() {
        return false;
    }

    @Override
    public List<ResultRow> run(BenchEnvironment environment, RunSettings settings) throws Exception {
        List<ResultRow> rows = new ArrayList<>();
        rows.add(cachedClassification(settings));
        rows.addAll(coldParse(settings));
        rows.addAll(rendering(settings));
        return rows;
    }

    private static ResultRow cachedClassification(RunSettings settings) {
        StatementClassifier classifier = StatementClassifier.shared();
        String[] statements = {
            "SELECT ID, NAME FROM PEOPLE WHERE ID = 1",
            "UPDATE PEOPLE SET NAME = 'x' WHERE ID = 2",
            "INSERT INTO PEOPLE (ID, NAME) VALUES (3, 'c')",
            "DELETE FROM PEOPLE WHERE ID = 4",
            "SELECT COUNT(*) FROM ORDERS o JOIN PEOPLE p ON o.PERSON = p.ID",
            "WITH t AS (SELECT 1 AS A) SELECT A FROM t",
            "CREATE TABLE IF NOT EXISTS T1 (A INT)",
            "MERGE INTO PEOPLE KEY (ID) VALUES (5, 'e')",
        };
        for (String sql : statements) {
            classifier.classify(sql);
        }
        Throughput result = Throughput.measure(settings, () -> {
            long sum = 0;
            for (int i = 0; i < 1_000; i++) {
                sum += classifier.classify(statements[i & 7]).kind().ordinal();
            }
            Sink.consume(sum);
        }, 1_000);
        return ResultRow.measured("5a", "cached classification, StatementClassifier.shared().classify",
                result.medianOpsPerSecond(), "ops/s", Target.atLeast(5_000_000), result.detail());
    }

    private static List<ResultRow> coldParse(RunSettings settings) throws Exception {
        StatementClassifier classifier = StatementClassifier.shared();
        int count = settings.coldStatements();
        // Warm the parser's code (not its cache) on other statements first: the figure is the per-statement cost
        // of an unseen SQL text in a warm JVM, which is what a long-running application pays.
        for (int i = 0; i < count; i++) {
            classifier.classify(unseen("WARM", i));
            CCJSqlParserUtil.parse(unseen("WARMRAW", i));
        }
        Samples classify = new Samples();
        Samples raw = new Samples();
        for (int i = 0; i < count; i++) {
            String sql = unseen("COLD", i);
            long start = System.nanoTime();
            Sink.consume(classifier.classify(sql).kind().ordinal());
            classify.add(System.nanoTime() - start);
            String rawSql = unseen("RAW", i);
            start = System.nanoTime();
            Sink.consume(CCJSqlParserUtil.parse(rawSql));
            raw.add(System.nanoTime() - start);
        }
        return List.of(
                ResultRow.measured("5b", "cold classification of an unseen SQL text, per statement",
                        classify.median() / 1e3, "µs", Target.reportOnly(),
                        "median " + Format.micros(classify.median()) + ", p90 " + Format.micros(classify.p90()) + ", n="
                                + classify.count()),
                ResultRow.measured("5c", "JSQLParser alone (CCJSqlParserUtil.parse), per statement",
                        raw.median() / 1e3, "µs", Target.reportOnly(),
                        "median " + Format.micros(raw.median()) + ", p90 " + Format.micros(raw.p90()) + ", n="
                                + raw.count()));
    }

    private static String unseen(String tag, int i) {
        return "SELECT o.ID, o.AMOUNT, c.NAME FROM ORDERS_" + tag + " o JOIN CUSTOMERS c ON c.ID = o.CUSTOMER "
                + "WHERE o.ID > " + i + " AND c.NAME LIKE 'a%' ORDER BY o.AMOUNT DESC";
    }

    private static List<ResultRow> rendering(RunSettings settings) {
        ParsedStatement statement = ParsedStatement.parse(TEN_PARAMETERS, Dialect.H2);
        LiteralRenderer renderer = new LiteralRenderer(Dialect.H2, ZoneOffset.UTC);
        String[] literals = {
            renderer.integer(42), renderer.string("O'Brien & Sons"), renderer.decimal(new BigDecimal("1234.50")),
            renderer.date(LocalDate.of(2024, 2, 29)), renderer.string("a note"), renderer.integer(7),
            renderer.floating(19.99), renderer.bool(true), renderer.string("EMEA"), renderer.nullLiteral(),
        };
        Throughput renderOnly = Throughput.measure(settings, () -> {
            long sum = 0;
            for (int i = 0; i < 100; i++) {
                sum += statement.render(literals).length();
            }
            Sink.consume(sum);
        }, 100);
        LocalDateTime placed = LocalDateTime.of(2024, 2, 29, 13, 45, 56);
        BigDecimal amount = new BigDecimal("1234.50");
        Throughput wholePath = Throughput.measure(settings, () -> {
            long sum = 0;
            String[] values = new String[10];
            for (int i = 0; i < 100; i++) {
                values[0] = renderer.integer(i);
                values[1] = renderer.string("O'Brien & Sons");
                values[2] = renderer.decimal(amount);
                values[3] = renderer.timestamp(placed);
                values[4] = renderer.string("a note");
                values[5] = renderer.integer(7);
                values[6] = renderer.floating(19.99);
                values[7] = renderer.bool(true);
                values[8] = renderer.string("EMEA");
                values[9] = renderer.nullLiteral();
                sum += statement.render(values).length();
            }
            Sink.consume(sum);
        }, 100);
        return List.of(
                ResultRow.measured("5d", "10-parameter statement, ParsedStatement.render of pre-rendered literals",
                        renderOnly.medianOpsPerSecond(), "ops/s", Target.atLeast(1_000_000), renderOnly.detail()),
                ResultRow.measured("5e", "10-parameter statement, LiteralRenderer per value + render (the setX path)",
                        wholePath.medianOpsPerSecond(), "ops/s", Target.atLeast(1_000_000), wholePath.detail()));
    }
}
