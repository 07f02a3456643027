package org.semossjdbc.emulator.fidelity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.ScratchDatabase;
import org.semossjdbc.testing.ScratchDatabase.Backend;

/**
 * The recorded starting state of one part, built fresh: scratch databases holding what the README says was
 * there before the part's first file, and an emulator with alice (OWNER, one access key pair) and the engine
 * {@code h2demo}. PostgreSQL and MariaDB databases are registered later by the recorded pixels (201, 301).
 *
 * <p>The MariaDB part also needs a PostgreSQL database: 302 lists {@code pgdemo}, which the recorder registered
 * before the MariaDB files.
 */
final class ReplayEnvironment implements AutoCloseable {

    private final Part part;
    private final List<ScratchDatabase> databases = new ArrayList<>();
    private final ScratchDatabase h2;
    private final ScratchDatabase postgres;
    private final ScratchDatabase mariadb;
    private final SemossEmulator emulator;

    ReplayEnvironment(Part part, ReplayPlan plan) {
        this.part = part;
        try {
            h2 = create(Backend.H2, plan);
            postgres = part == Part.H2 ? null : create(Backend.POSTGRES, plan);
            mariadb = part == Part.MARIADB ? create(Backend.MARIADB, plan) : null;
            emulator = SemossEmulator.builder()
                    .engine("h2demo", h2.jdbcUrl())
                    .accessKeyUser(Credentials.ALICE, Credentials.ACCESS_KEY, Credentials.SECRET_KEY,
                            SemossEmulator.Permission.OWNER)
                    // The recording's administrator shows the display name "Alice" in /config (001).
                    .profile(Credentials.ALICE, "Alice", null)
                    .start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The backends a part needs running; the H2 part needs none but H2. */
    static List<Backend> requiredBackends(Part part) {
        return switch (part) {
            case H2 -> List.of(Backend.H2);
            case POSTGRES -> List.of(Backend.H2, Backend.POSTGRES);
            case MARIADB -> List.of(Backend.H2, Backend.POSTGRES, Backend.MARIADB);
        };
    }

    private ScratchDatabase create(Backend backend, ReplayPlan plan) {
        ScratchDatabase database = ScratchDatabase.create(backend);
        databases.add(database);
        for (String sql : plan.initial(backend.name())) {
            execute(database, sql);
        }
        return database;
    }

    SemossEmulator emulator() {
        return emulator;
    }

    /** The database the part's own engine was recorded on (h2demo's for the H2 part). */
    ScratchDatabase own() {
        return switch (part) {
            case H2 -> h2;
            case POSTGRES -> postgres;
            case MARIADB -> mariadb;
        };
    }

    ScratchDatabase postgres() {
        return postgres;
    }

    ScratchDatabase mariadb() {
        return mariadb;
    }

    /** Runs setup SQL (state an unrecorded exchange created) on the part's own database, outside SEMOSS. */
    void executeOnOwn(String sql) {
        execute(own(), sql);
    }

    private static void execute(ScratchDatabase database, String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("setup SQL failed on " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (emulator != null) {
            emulator.close();
        }
        for (ScratchDatabase database : databases) {
            database.close();
        }
    }
}
