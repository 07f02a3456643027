package org.semossjdbc.it;

import org.semossjdbc.testing.ScratchDatabase.Backend;

/** Per-backend DDL for the tests. */
final class Sql {
    private Sql() {
    }

    /** A table {@code name(id INT PRIMARY KEY, v VARCHAR(len))} that stores any Unicode text. */
    static String textTable(Backend backend, String name, int length) {
        String ddl = "CREATE TABLE " + name + " (id INT PRIMARY KEY, v VARCHAR(" + length + "))";
        return backend == Backend.MARIADB ? ddl + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : ddl;
    }
}
