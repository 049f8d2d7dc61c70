package io.ecstriage.fix;

import io.ecstriage.aws.AwsCall;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An aws CLI call. With `assignTo`, its output is kept in that shell variable (`SG=$(aws …)`) for a later step,
 * which names it as a value `$SG`; values that start with `$` are printed double-quoted so the shell expands them.
 */
public record AwsStep(AwsCall call, String assignTo, PropertyChange change, List<Precondition> preconditions) implements Step {
    private static final Pattern VARIABLE = Pattern.compile("'(\\$[^'\"\\\\`]*)'");

    public AwsStep {
        preconditions = List.copyOf(preconditions);
    }

    public static AwsStep of(AwsCall call) {
        return new AwsStep(call, null, null, List.of());
    }

    /** This step with its output kept in the shell variable `name`. */
    public AwsStep into(String name) {
        return new AwsStep(call, name, change, preconditions);
    }

    public AwsStep changing(PropertyChange c) {
        return new AwsStep(call, assignTo, c, preconditions);
    }

    public AwsStep given(Precondition p) {
        List<Precondition> all = new ArrayList<>(preconditions);
        all.add(p);
        return new AwsStep(call, assignTo, change, all);
    }

    @Override
    public String render() {
        String line = call.render();
        if (line.contains("'$")) line = VARIABLE.matcher(line).replaceAll("\"$1\""); // most lines quote no variable: no regex
        return assignTo == null ? line : assignTo + "=$(" + line + ")";
    }

    @Override
    public String kind() {
        return "aws";
    }
}
