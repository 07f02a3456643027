package org.semossjdbc.orm;

import java.util.stream.Stream;

/**
 * The same suites through {@code jdbc:semoss:} and the SEMOSS emulator. Empty until the driver and emulator
 * branches are merged.
 */
final class EmulatedBackend {
    private EmulatedBackend() {
    }

    static Stream<TestBackend> all() {
        return Stream.empty();
    }
}
