package io.ecstriage.model;

import io.ecstriage.aws.AwsCall;

/** A `describe-log-groups` call we saw the whole answer of: the groups of `region` starting with `prefix` are known. */
public record LogGroupListing(String region, String prefix, boolean truncated) implements Regional {

    public boolean covers(String region, String group) {
        if (truncated || group == null || !this.region.equals(region)) return false;
        return prefix == null || group.startsWith(prefix);
    }

    public String command() {
        return AwsCall.of("logs", "describe-log-groups").with("--log-group-name-prefix", prefix).in(region).render();
    }
}
