package org.semossjdbc.emulator.fidelity;

import org.semossjdbc.testing.ScratchDatabase.Backend;

/**
 * The three recorded sequences. Each was recorded against one backend and is replayed, in numeric order, on a
 * fresh emulator with fresh scratch databases.
 */
enum Part {
    H2(1, 199, Backend.H2),
    POSTGRES(200, 299, Backend.POSTGRES),
    /** 300-399, then 400-499 (once 300-399 ran out). */
    MARIADB(300, 499, Backend.MARIADB);

    private final int first;
    private final int last;
    private final Backend backend;

    Part(int first, int last, Backend backend) {
        this.first = first;
        this.last = last;
        this.backend = backend;
    }

    /** The backend the part's own engine was recorded with. */
    Backend backend() {
        return backend;
    }

    boolean contains(int number) {
        return number >= first && number <= last;
    }

    static Part of(int number) {
        for (Part part : values()) {
            if (part.contains(number)) {
                return part;
            }
        }
        throw new IllegalArgumentException("transcript " + number + " belongs to no part");
    }
}
