package org.semossjdbc.examples;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The shared {@code main} plumbing: run an example against the server named by the arguments or the
 * {@code SEMOSS_*} environment variables, or against the embedded emulator when none is named.
 */
public final class Launcher {

    /** An example body that needs a target. */
    @FunctionalInterface
    public interface TargetBody {
        /** Runs the example. */
        void run(SemossTarget target) throws Exception;
    }

    /** An example body that needs a (pooled) data source. */
    @FunctionalInterface
    public interface DataSourceBody {
        /** Runs the example. */
        void run(DataSource dataSource) throws Exception;
    }

    private Launcher() {
    }

    /** Runs {@code body} against the named server, or an embedded emulator that is stopped afterwards. */
    public static void withTarget(String[] args, TargetBody body) throws Exception {
        Optional<SemossTarget> named = SemossTarget.fromArgumentsOrEnvironment(args, System.getenv());
        if (named.isPresent()) {
            body.run(named.get());
            return;
        }
        try (EmbeddedSemoss semoss = EmbeddedSemoss.start()) {
            body.run(semoss.target());
        }
    }

    /**
     * Runs {@code body} with a HikariCP pool of {@code size} connections to the named server or embedded emulator.
     * Libraries that borrow a connection per statement (schedulers, lock providers) want a pool: a pooled connection
     * has logged in already.
     */
    public static void withPool(String[] args, int size, DataSourceBody body) throws Exception {
        withTarget(args, target -> {
            try (HikariDataSource pool = HikariExample.pool(target, size)) {
                body.run(pool);
            }
        });
    }
}
