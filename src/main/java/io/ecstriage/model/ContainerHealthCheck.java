package io.ecstriage.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A container definition's `healthCheck`. */
public record ContainerHealthCheck(List<String> command, Integer interval, Integer timeout, Integer retries,
                                   Integer startPeriod) {

    private static final Pattern LOCAL_URL = Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0)(?::(\\d+))?(/[^\\s'\"|;&)]*)?");

    public ContainerHealthCheck {
        command = List.copyOf(command);
    }

    /** The command as a shell line, without the CMD / CMD-SHELL marker. */
    public String commandLine() {
        if (command.isEmpty()) return "";
        List<String> c = command.get(0).startsWith("CMD") ? command.subList(1, command.size()) : command;
        return String.join(" ", c);
    }

    /** Path of the local URL the check probes ("/health"), or null. */
    public String probedPath() {
        Matcher m = LOCAL_URL.matcher(commandLine());
        if (!m.find()) return null;
        return m.group(2) == null ? "/" : m.group(2);
    }

    /** Port of the local URL the check probes, or null. */
    public Integer probedPort() {
        Matcher m = LOCAL_URL.matcher(commandLine());
        if (!m.find() || m.group(1) == null) return null;
        int port = Digits.clamped(m.group(1));
        return port <= 65535 ? port : null;
    }

    /** The first word the shell runs: curl, wget, python... */
    public String tool() {
        String line = commandLine().trim();
        if (line.isEmpty()) return null;
        String first = line.split("\\s+")[0];
        return first.substring(first.lastIndexOf('/') + 1);
    }

    public int startPeriodOrDefault() {
        return startPeriod == null ? 0 : startPeriod;
    }

    // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof ContainerHealthCheck o && Objects.equals(command, o.command)
                && Objects.equals(interval, o.interval)
                && Objects.equals(timeout, o.timeout)
                && Objects.equals(retries, o.retries)
                && Objects.equals(startPeriod, o.startPeriod);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(command);
        h = 31 * h + Objects.hashCode(interval);
        h = 31 * h + Objects.hashCode(timeout);
        h = 31 * h + Objects.hashCode(retries);
        h = 31 * h + Objects.hashCode(startPeriod);
        return h;
    }
}
