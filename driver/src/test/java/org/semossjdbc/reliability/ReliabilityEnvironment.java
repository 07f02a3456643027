package org.semossjdbc.reliability;

import org.semossjdbc.emulator.EmulatorHooks;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.EmulatedSemoss;
import org.semossjdbc.testing.ScratchDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One SEMOSS emulator over one scratch database, with an owner whose secrets the secrets tests look for, and a direct
 * JDBC line to the backend so that tests count rows where they really are (not through the driver under test).
 * PostgreSQL and MariaDB are skipped visibly (JUnit assumption) unless the {@code services} profile configures them.
 */
final class ReliabilityEnvironment extends EmulatedSemoss {
    static final String ENGINE = "reliability";
    static final String ACCESS_KEY = "rel-access-7f3c";
    /** Distinctive, so that a leak is found by a plain substring search. */
    static final String SECRET_KEY = "S3cr3t-K3y-9q7Zx2";
    static final String NATIVE_USER = "reluser";
    static final String NATIVE_PASSWORD = "Pa55-w0rd-Q8vB1m";
    static final String BEARER_TOKEN = "b3arer-T0ken-Vw5Lk0";

    private FaultProxy proxy;

    private ReliabilityEnvironment(ScratchDatabase.Backend backend) {
        super(EmulatedSemoss.on(backend).engine(ENGINE)
                .accessKeyUser("owner", ACCESS_KEY, SECRET_KEY, SemossEmulator.Permission.OWNER)
                .nativeUser(NATIVE_USER, NATIVE_PASSWORD, SemossEmulator.Permission.EDIT)
                .bearerUser("tokenuser", BEARER_TOKEN, "generic", SemossEmulator.Permission.OWNER));
    }

    /** For {@code @RegisterExtension}: JUnit starts and stops it (static field: per class). */
    static ReliabilityEnvironment extension(ScratchDatabase.Backend backend) {
        return new ReliabilityEnvironment(backend);
    }

    /** Started now, for a test that owns it (try-with-resources). */
    static ReliabilityEnvironment start(ScratchDatabase.Backend backend) {
        ReliabilityEnvironment environment = new ReliabilityEnvironment(backend);
        environment.start();
        return environment;
    }

    EmulatorHooks hooks() {
        return semoss().hooks();
    }

    /** The fault-injecting proxy in front of the emulator, made on first use and stopped with the environment. */
    FaultProxy proxy() {
        if (proxy == null) {
            proxy = new FaultProxy(FaultProxy.originOf(semoss().apiBaseUrl()));
        }
        return proxy;
    }

    /** A new proxy on {@code port} (after a test stopped the previous one there), stopped with the environment. */
    FaultProxy restartProxy(int port) {
        if (proxy != null && proxy.isRunning()) {
            proxy.close();
        }
        proxy = new FaultProxy(FaultProxy.originOf(semoss().apiBaseUrl()), port);
        return proxy;
    }

    /** The driver URL for the same engine behind another base URL (a proxy in front of the emulator). */
    String urlVia(String apiBaseUrl) {
        return urlVia(apiBaseUrl, ENGINE);
    }

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, ACCESS_KEY, SECRET_KEY);
    }

    Connection connect(String url, Properties extra) throws SQLException {
        return connect(url, ACCESS_KEY, SECRET_KEY, extra);
    }

    /** Counts rows on the backend directly. */
    long count(String sqlCount) throws SQLException {
        return countDirectly(sqlCount);
    }

    @Override
    public void close() {
        try {
            if (proxy != null) {
                proxy.close();
            }
        } finally {
            proxy = null;
            super.close();
        }
    }
}
