package org.semossjdbc.jdbc;

import java.sql.SQLException;

/** The {@link java.sql.Wrapper} contract for driver objects that wrap nothing but themselves. */
final class Wrappers {
    private Wrappers() {
    }

    /** {@code self} as {@code iface}, or the SQLException the contract asks for. */
    static <T> T unwrap(Object self, Class<T> iface) throws SQLException {
        if (iface.isInstance(self)) {
            return iface.cast(self);
        }
        throw new SQLException(self.getClass().getSimpleName() + " is not a wrapper for " + iface.getName(), "HY000");
    }
}
