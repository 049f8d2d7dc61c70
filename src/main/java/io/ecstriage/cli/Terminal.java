package io.ecstriage.cli;

import java.util.Map;

/** What the commands may know about where they print: whether it is a TTY, and the environment. */
public record Terminal(boolean tty, Map<String, String> env) {

    public static Terminal system() {
        return new Terminal(System.console() != null, System.getenv());
    }

    /** Colour only on a TTY, and never when NO_COLOR is set to a non-empty value (https://no-color.org). */
    public boolean colour(String mode) {
        if ("always".equals(mode)) return true;
        if ("never".equals(mode)) return false;
        String noColour = env.get("NO_COLOR");
        return tty && (noColour == null || noColour.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }
}
