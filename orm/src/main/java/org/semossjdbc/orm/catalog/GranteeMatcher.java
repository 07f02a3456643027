package org.semossjdbc.orm.catalog;

import java.util.Locale;

/**
 * Decides whether a {@code GRANTEE} of {@code getTablePrivileges} is the connection's user. MariaDB writes grantees
 * as {@code 'user'@'host'} while its driver may report the user as {@code user} or {@code user@host}, so quotes are
 * dropped and a user name without a host matches any host.
 */
final class GranteeMatcher {
    private final String user;

    GranteeMatcher(String userName) {
        this.user = userName == null ? null : normalise(userName);
    }

    boolean appliesTo(String grantee) {
        if (grantee == null) {
            return true;
        }
        String g = normalise(grantee);
        if (g.equals("public")) {
            return true;
        }
        if (user == null) {
            return false;
        }
        if (g.equals(user)) {
            return true;
        }
        int at = g.indexOf('@');
        return at > 0 && user.indexOf('@') < 0 && g.substring(0, at).equals(user);
    }

    private static String normalise(String name) {
        return name.replace("'", "").replace("`", "").replace("\"", "").trim().toLowerCase(Locale.ROOT);
    }
}
