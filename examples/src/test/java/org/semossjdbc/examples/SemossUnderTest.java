package org.semossjdbc.examples;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.EmulatedSemoss;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * The examples' test bed: a scratch database on one backend behind an embedded emulator, reached through
 * {@code jdbc:semoss:}. PostgreSQL is skipped visibly unless the {@code services} profile configures it.
 */
final class SemossUnderTest implements AutoCloseable {

    private static final String ACCESS = "examples-access";
    private static final String SECRET = "examples-secret";

    final ScratchDatabase database;
    private final EmulatedSemoss emulated;
    private final SemossTarget target;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private SemossUnderTest(EmulatedSemoss emulated) {
        this.emulated = emulated;
        this.database = emulated.database();
        this.target = new SemossTarget(emulated.url(), ACCESS, SECRET);
    }

    static SemossUnderTest start(ScratchDatabase.Backend backend) {
        return new SemossUnderTest(EmulatedSemoss.on(backend).engine(EmbeddedSemoss.ENGINE)
                .accessKeyUser("examples", ACCESS, SECRET, SemossEmulator.Permission.OWNER).start());
    }

    SemossTarget target() {
        return target;
    }

    HikariDataSource pool(int size) {
        return HikariExample.pool(target(), size);
    }

    /** What the example printed; echoed to the test log so a failing run shows its story. */
    String printed() {
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        return text;
    }

    /** Counts rows straight in the database, bypassing SEMOSS and the driver. */
    long countDirectly(String sqlCount) throws SQLException {
        return emulated.countDirectly(sqlCount);
    }

    /** Every SQL string the engine ran for clients, in order (the emulator's log). */
    List<String> executedSql() {
        return emulated.semoss().hooks().executedSql(EmbeddedSemoss.ENGINE);
    }

    @Override
    public void close() {
        emulated.close();
    }
}
