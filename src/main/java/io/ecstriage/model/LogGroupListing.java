package io.ecstriage.model;

import io.ecstriage.aws.AwsCall;
import java.util.List;

/**
 * A `describe-log-groups` call we saw the whole answer of: the groups of `region` starting with `prefix` are known,
 * or, when it asked by name (`--log-group-identifiers`), whether each of those `names` exists.
 */
public record LogGroupListing(String region, String prefix, List<String> names, boolean truncated) implements Regional {

    public LogGroupListing {
        names = names == null ? List.of() : List.copyOf(names);
    }

    public LogGroupListing(String region, String prefix, boolean truncated) {
        this(region, prefix, List.of(), truncated);
    }

    public boolean covers(String region, String group) {
        if (truncated || group == null || !this.region.equals(region)) return false;
        if (!names.isEmpty()) return names.contains(group);
        return prefix == null || group.startsWith(prefix);
    }

    /** Whether it listed every group of the Region (no prefix, no names). */
    public boolean wholeRegion() {
        return prefix == null && names.isEmpty() && !truncated;
    }

    public String command() {
        AwsCall call = AwsCall.of("logs", "describe-log-groups");
        call = names.isEmpty() ? call.with("--log-group-name-prefix", prefix) : call.withAll("--log-group-identifiers", names);
        return call.in(region).render();
    }
}
