package io.ecstriage.fix;

/** Builds one printed command: words as given, option values shell-quoted. */
public final class Cmd {
    private final StringBuilder line = new StringBuilder();

    private Cmd(String words) {
        line.append(words);
    }

    public static Cmd aws(String service, String operation) {
        return new Cmd("aws " + service + " " + operation);
    }

    public static Cmd raw(String words) {
        return new Cmd(words);
    }

    public Cmd opt(String name, Object value) {
        if (value != null) line.append(' ').append(name).append(' ').append(Shell.quote(String.valueOf(value)));
        return this;
    }

    public Cmd flag(String name) {
        line.append(' ').append(name);
        return this;
    }

    public Cmd arg(String value) {
        line.append(' ').append(Shell.quote(value));
        return this;
    }

    public String region(String region) {
        return opt("--region", region).toString();
    }

    @Override
    public String toString() {
        return line.toString();
    }
}
