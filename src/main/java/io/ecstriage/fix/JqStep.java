package io.ecstriage.fix;

import io.ecstriage.aws.ShellWords;
import java.util.List;

/** A jq filter over JSON on stdin (part of a pipeline such as {@link TaskDefinitionChange}). */
public record JqStep(String filter, List<Precondition> preconditions) implements Step {

    public JqStep {
        preconditions = List.copyOf(preconditions);
    }

    public static JqStep of(String filter) {
        return new JqStep(filter, List.of());
    }

    @Override
    public String render() {
        return "jq " + ShellWords.quote(filter);
    }

    @Override
    public String kind() {
        return "jq";
    }
}
