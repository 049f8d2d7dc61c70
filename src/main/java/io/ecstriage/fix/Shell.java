package io.ecstriage.fix;

import io.ecstriage.aws.ShellWords;

/** Shell quoting for the DRL lines that print a command as text (evidence, would-settle); see {@link ShellWords}. */
public final class Shell {
    private Shell() {}

    public static String quote(String value) {
        return ShellWords.quote(value);
    }
}
