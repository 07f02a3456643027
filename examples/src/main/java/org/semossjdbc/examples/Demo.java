package org.semossjdbc.examples;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * The five-minute demo behind {@code ./mvnw -B -q -Pdemo -DskipTests verify}: the quickstart and the active-record
 * example, against the embedded emulator (an H2 engine) or, when a URL is given (arguments {@code <url> <access key>
 * <secret key>}, or {@code SEMOSS_URL}, {@code SEMOSS_ACCESS_KEY}, {@code SEMOSS_SECRET_KEY}), against that server.
 */
public final class Demo {

    private Demo() {
    }

    /** Runs the demo; an exception (a non-zero exit under exec:java) means it failed. */
    public static void main(String[] args) throws Exception {
        run(args, System.getenv(), System.out);
    }

    /** Runs the demo against the server named by {@code args} or {@code environment}, else the embedded emulator. */
    public static void run(String[] args, Map<String, String> environment, PrintStream out) throws Exception {
        Optional<SemossTarget> named = SemossTarget.fromArgumentsOrEnvironment(args, environment);
        if (named.isPresent()) {
            out.println("semoss-jdbc demo against " + named.get());
            run(named.get(), out);
            return;
        }
        try (EmbeddedSemoss semoss = EmbeddedSemoss.start()) {
            out.println("semoss-jdbc demo against the embedded SEMOSS emulator (H2 engine) at "
                    + semoss.emulator().apiBaseUrl());
            out.println("(set SEMOSS_URL, SEMOSS_ACCESS_KEY and SEMOSS_SECRET_KEY to use your own server)");
            run(semoss.target(), out);
        }
    }

    private static void run(SemossTarget target, PrintStream out) throws Exception {
        out.println();
        out.println("== Quickstart: DriverManager, PreparedStatement, generated keys, update counts ==");
        Quickstart.run(target, out);
        out.println();
        out.println("== Active record: SemossModel with save/find/where, a relation, locking, validation ==");
        ActiveRecordExample.run(target.dataSource(), out);
        out.println();
        out.println("Next: Quartz, db-scheduler, ShedLock, LangGraph4j, jOOQ and HikariCP on SEMOSS,"
                + " see examples/README.md"
                + " (e.g. -Ddemo.mainClass=org.semossjdbc.examples.QuartzExample)");
    }
}
