package org.semossjdbc.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Item 3 of the issue: single-row INSERTs and UPDATEs through {@code PreparedStatement.executeBatch} against a loop
 * of {@code executeUpdate}, with a real server's costs (or on a real server), alternating the two variants. A driver that does
 * not support batches yet yields "not available" rows rather than a failure.
 */
final class BatchSuite implements Suite {


    @Override
    public String title() {
        return "batches";
    }

    @Override
    public List<ResultRow> run(BenchEnvironment environment, RunSettings settings) throws Exception {
        String table = environment.table("BATCH_TARGET");
        String insert = "INSERT INTO " + table + " (ID, NAME, AMOUNT) VALUES (?, ?, ?)";
        String update = "UPDATE " + table + " SET AMOUNT = ? WHERE ID = ?";
        environment.createTable("BATCH_TARGET", "(ID INT PRIMARY KEY, NAME VARCHAR(20), AMOUNT "
                + environment.dialect().doubleType() + ")");
        environment.chargeServerCosts();
        int rows = settings.batchRows();
        int updates = settings.batchUpdates();
        Samples insertBatch = new Samples();
        Samples insertLoop = new Samples();
        Samples updateBatch = new Samples();
        Samples updateLoop = new Samples();
        long insertBatchRequests = -1;
        long updateBatchRequests = -1;
        String unsupported = null;
        try (Connection connection = environment.connect()) {
            for (int round = 0; round < settings.batchRounds(); round++) {
                boolean batchFirst = round % 2 == 0;
                for (int step = 0; step < 2; step++) {
                    boolean batch = (step == 0) == batchFirst;
                    environment.execute("TRUNCATE TABLE " + table);
                    if (batch && unsupported == null) {
                        try {
                            insertBatch.add(insertRows(connection, insert, rows, true));
                            updateBatch.add(updateRows(connection, update, updates, true));
                        } catch (SQLFeatureNotSupportedException e) {
                            unsupported = "executeBatch: " + e.getMessage();
                        }
                    } else if (!batch) {
                        insertLoop.add(insertRows(connection, insert, rows, false));
                        updateLoop.add(updateRows(connection, update, updates, false));
                    }
                }
            }
        }
        if (unsupported == null) {
            // Counted apart, through a counting proxy (never timed), after a statement that logs the connection in.
            environment.execute("TRUNCATE TABLE " + table);
            BenchEnvironment.SqlAction prime = connection -> StatementOverheadSuite.readOneRow(connection,
                    environment.oneRowSelect());
            insertBatchRequests = environment.countRequests(prime,
                    connection -> insertRows(connection, insert, rows, true));
            updateBatchRequests = environment.countRequests(prime,
                    connection -> updateRows(connection, update, updates, true));
        }
        String costs = environment.isEmulator() ? "SEMOSS 4.3 costs" : "on " + environment.label();
        List<ResultRow> result = new ArrayList<>();
        String insertName = Format.number(rows) + " single-row INSERTs, executeUpdate loop / executeBatch";
        String requestsName = Format.number(rows) + "-row INSERT executeBatch, HTTP requests";
        String updateName = Format.number(updates) + " UPDATEs, executeUpdate loop / executeBatch";
        if (unsupported != null) {
            result.add(ResultRow.notAvailable("3a", insertName, Target.atLeast(100), unsupported + "; loop alone "
                    + Format.medianP90(insertLoop)));
            result.add(ResultRow.notAvailable("3b", requestsName, Target.atMost(10), unsupported));
            result.add(ResultRow.notAvailable("3c", updateName, Target.reportOnly(), unsupported + "; loop alone "
                    + Format.medianP90(updateLoop)));
            return result;
        }
        result.add(ResultRow.measured("3a", insertName, insertLoop.median() / insertBatch.median(), "x",
                Target.atLeast(100), "loop " + Format.medianP90(insertLoop) + " vs batch " + Format.medianP90(insertBatch)
                        + ", " + insertLoop.count() + " runs each, " + costs));
        result.add(ResultRow.measured("3b", requestsName, insertBatchRequests, "requests", Target.atMost(10),
                "HTTP requests through a counting proxy over one executeBatch (prepareStatement included)"));
        result.add(ResultRow.measured("3c", updateName, updateLoop.median() / updateBatch.median(), "x",
                Target.reportOnly(), "loop " + Format.medianP90(updateLoop) + " vs batch " + Format.medianP90(updateBatch)
                        + ", " + updateBatchRequests + " HTTP requests per batch, " + costs));
        return result;
    }

    /** Inserts rows 1..count and returns the nanoseconds taken. */
    private static long insertRows(Connection connection, String sql, int count, boolean batch) throws Exception {
        long start = System.nanoTime();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int id = 1; id <= count; id++) {
                insert.setInt(1, id);
                insert.setString(2, "row-" + id);
                insert.setDouble(3, id * 0.5);
                if (batch) {
                    insert.addBatch();
                } else {
                    Sink.consume(insert.executeUpdate());
                }
            }
            if (batch) {
                int[] counts = insert.executeBatch();
                if (counts.length != count) {
                    throw new IllegalStateException("executeBatch returned " + counts.length + " counts for " + count);
                }
            }
        }
        return System.nanoTime() - start;
    }

    /** Updates rows 1..count and returns the nanoseconds taken. */
    private static long updateRows(Connection connection, String sql, int count, boolean batch) throws Exception {
        long start = System.nanoTime();
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int id = 1; id <= count; id++) {
                update.setDouble(1, id * 2.0);
                update.setInt(2, id);
                if (batch) {
                    update.addBatch();
                } else {
                    Sink.consume(update.executeUpdate());
                }
            }
            if (batch) {
                Sink.consume(update.executeBatch().length);
            }
        }
        return System.nanoTime() - start;
    }
}
