package io.ecstriage.fix;

import io.ecstriage.aws.ShellWords;

/** POSIX shell quoting for the values we put into printed commands: {@link ShellWords#quote}, kept for the DRLs that call it. */
public final class Shell {
    private Shell() {}

    public static String quote(String value) {
        return ShellWords.quote(value);
    }
}
