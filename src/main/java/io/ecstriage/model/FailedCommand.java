package io.ecstriage.model;

import java.util.List;
import java.util.Map;

/** A command the user ran that failed, with its parsed options and the error it printed. */
public record FailedCommand(String region, String command, String service, String operation,
                            Map<String, List<String>> options, String errorText) implements Regional {

    public FailedCommand {
        options = Map.copyOf(options);
    }

    public List<String> option(String name) {
        return options.getOrDefault(name, List.of());
    }

    /** The option's value when the command gave it exactly once, else null. */
    public String single(String name) {
        List<String> values = option(name);
        return values.size() == 1 ? values.get(0) : null;
    }
}
