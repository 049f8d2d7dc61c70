package io.ecstriage.collect;

import io.ecstriage.fix.Shell;
import java.util.Collection;

/** The aws CLI command equivalent to one SDK call, shell-quoted, always with its --region. */
final class Command {
    private final StringBuilder line;

    private Command(String service, String operation) {
        line = new StringBuilder("aws ").append(service).append(' ').append(operation);
    }

    static Command aws(String service, String operation) {
        return new Command(service, operation);
    }

    Command opt(String name, Object value) {
        if (value != null) line.append(' ').append(name).append(' ').append(Shell.quote(String.valueOf(value)));
        return this;
    }

    Command opts(String name, Collection<String> values) {
        if (values == null || values.isEmpty()) return this;
        line.append(' ').append(name);
        for (String v : values) line.append(' ').append(Shell.quote(v));
        return this;
    }

    String region(String region) {
        return opt("--region", region).line.toString();
    }
}
