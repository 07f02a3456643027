package org.semossjdbc.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: {@code local[2]}, bound to the loopback address, without UI, in UTC. One session per test class,
 * because starting Spark costs seconds.
 */
final class LocalSpark {
    private LocalSpark() {
    }

    /**
     * Starts the session and makes sure the SEMOSS dialects are registered: on Spark 3.5 by the one call the README
     * documents; on Spark 4 they must already be there, loaded by Spark's service loader.
     */
    static SparkSession start() {
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("semoss-spark-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        if (needsRegistration()) {
            SemossDialect.register();
        }
        return spark;
    }

    /** Spark 3 has no service loading of JDBC dialects. */
    static boolean needsRegistration() {
        return org.apache.spark.package$.MODULE$.SPARK_VERSION().startsWith("3.");
    }
}
