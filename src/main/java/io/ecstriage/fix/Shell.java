package io.ecstriage.fix;

import java.util.regex.Pattern;

/** POSIX shell quoting for the values we put into printed commands. */
public final class Shell {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private Shell() {}

    public static String quote(String value) {
        if (value == null || value.isEmpty()) return "''";
        if (SAFE.matcher(value).matches()) return value;
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
