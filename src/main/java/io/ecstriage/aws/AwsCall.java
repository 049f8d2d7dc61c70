package io.ecstriage.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One AWS API call as data: the aws CLI service and operation, its options in order, and the Region. The same
 * value is rendered as the command a person runs ({@link #render()}), named by its IAM action, parsed back from
 * a pasted or recorded command line ({@link #parse}) and, for reads, executed by a collector. Values written in
 * UPPERCASE placeholders (CLUSTER, FAMILY:REVISION) are what the evidence could not fill yet.
 */
public record AwsCall(String service, String operation, Map<String, List<String>> options, String region) {
    /** A flag without a value (`--no-cli-pager`, `--force-new-deployment`) is an option with no values. */
    private static final List<String> FLAG = List.of();
    private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z0-9_]{2,}(?::[A-Z_]+)?");
    /** A structure-shorthand value with one key (`imageTag=TAG`), whose value may be a placeholder. */
    public static final Pattern KEYED = Pattern.compile("[a-z][A-Za-z]*=[^,=]+");
    // upper-case values that are real API values, not placeholders
    private static final Set<String> API_VALUES = Set.of("STOPPED", "RUNNING", "PENDING", "ACTIVE", "INACTIVE", "DRAINING",
            "ENABLED", "DISABLED", "FARGATE", "EC2", "PRIMARY");
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("--region", "--profile", "--endpoint-url", "--output",
            "--query", "--cli-read-timeout", "--cli-connect-timeout", "--ca-bundle", "--color");

    public AwsCall {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        options.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        options = java.util.Collections.unmodifiableMap(copy);
    }

    public static AwsCall of(String service, String operation) {
        return new AwsCall(service, operation, Map.of(), null);
    }

    /** This call with option `name` set to `value`; a null value leaves the call as it is. */
    public AwsCall with(String name, Object value) {
        return value == null ? this : withAll(name, List.of(String.valueOf(value)));
    }

    /** This call with option `name` set to `values` (`--services a b`); null or empty leaves the call as it is. */
    public AwsCall withAll(String name, List<String> values) {
        if (values == null || values.isEmpty()) return this;
        Map<String, List<String>> o = new LinkedHashMap<>(options);
        o.put(name, values);
        return new AwsCall(service, operation, o, region);
    }

    /** This call with a flag that takes no value. */
    public AwsCall flag(String name) {
        Map<String, List<String>> o = new LinkedHashMap<>(options);
        o.put(name, FLAG);
        return new AwsCall(service, operation, o, region);
    }

    public AwsCall in(String region) {
        return new AwsCall(service, operation, options, region);
    }

    /** The IAM action the call needs: `elbv2 describe-target-health` → `elasticloadbalancing:DescribeTargetHealth`. */
    public String iamAction() {
        return IamActions.of(service, operation);
    }

    /** The API's name of the operation: `describe-target-health` → `DescribeTargetHealth`. */
    public String apiOperation() {
        return IamActions.operationName(operation);
    }

    /** Whether the call only reads and hands out no secret (what the collectors may execute). */
    public boolean isRead() {
        return ReadOnlyGuard.isRead(apiOperation());
    }

    public String first(String option) {
        List<String> v = options.get(option);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public List<String> all(String option) {
        return options.getOrDefault(option, List.of());
    }

    /** The option values still written as placeholders (CLUSTER, SERVICE): what the evidence did not give. */
    public List<String> placeholders() {
        List<String> out = new ArrayList<>();
        for (List<String> values : options.values()) {
            for (String v : values) {
                // a filter's value: Name=vpc-id,Values=VPC; a keyed one: imageTag=TAG
                String value = v.contains(",Values=") ? v.substring(v.indexOf(",Values=") + 8)
                        : KEYED.matcher(v).matches() ? v.substring(v.indexOf('=') + 1) : v;
                if (PLACEHOLDER.matcher(value).matches() && !API_VALUES.contains(value) && !out.contains(value)) out.add(value);
            }
        }
        if (region != null && PLACEHOLDER.matcher(region).matches() && !out.contains(region)) out.add(region);
        return out;
    }

    /** The aws CLI command line, values shell-quoted, `--region` last. */
    public String render() {
        StringBuilder line = new StringBuilder("aws ").append(service).append(' ').append(operation);
        options.forEach((name, values) -> {
            if (name.equals("--region")) return;
            line.append(' ').append(name);
            for (String v : values) line.append(' ').append(ShellWords.quote(v));
        });
        String r = region != null ? region : first("--region");
        if (r != null) line.append(" --region ").append(ShellWords.quote(r));
        return line.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    /**
     * Reads an `aws [global options] SERVICE OPERATION --opt value …` line as a shell would split it (quotes,
     * backslash continuations; `--opt=value` too). Anything before the word `aws` (a prompt, `$`) is skipped.
     *
     * @return the call, or null when the line holds no aws command or leaves a quote open
     */
    public static AwsCall parse(String line) {
        if (line == null) return null;
        List<String> words = ShellWords.split(line);
        if (words == null) return null;
        int i = words.indexOf("aws");
        if (i < 0) return null;
        Map<String, List<String>> options = new LinkedHashMap<>();
        int j = i + 1;
        while (j < words.size() && words.get(j).startsWith("--")) {
            String name = words.get(j);
            List<String> values = new ArrayList<>();
            if (j + 1 < words.size() && !words.get(j + 1).startsWith("--") && GLOBAL_WITH_VALUE.contains(name)) values.add(words.get(++j));
            options.put(name, values);
            j++;
        }
        if (words.size() < j + 2) return null;
        String service = words.get(j);
        String operation = words.get(j + 1);
        String current = null;
        for (String w : words.subList(j + 2, words.size())) {
            if (w.startsWith("--")) {
                int eq = w.indexOf('=');
                current = eq > 0 ? w.substring(0, eq) : w;
                options.computeIfAbsent(current, k -> new ArrayList<>());
                if (eq > 0) options.get(current).add(w.substring(eq + 1));
            } else if (current != null) {
                options.get(current).add(w);
            }
        }
        String region = options.containsKey("--region") && !options.get("--region").isEmpty() ? options.get("--region").get(0) : null;
        return new AwsCall(service, operation, options, region);
    }

    // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof AwsCall o && Objects.equals(service, o.service)
                && Objects.equals(operation, o.operation)
                && Objects.equals(options, o.options)
                && Objects.equals(region, o.region);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(service);
        h = 31 * h + Objects.hashCode(operation);
        h = 31 * h + Objects.hashCode(options);
        h = 31 * h + Objects.hashCode(region);
        return h;
    }
}
