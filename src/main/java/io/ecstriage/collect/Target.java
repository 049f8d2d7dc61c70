package io.ecstriage.collect;

import java.util.List;

/**
 * What to collect: a CloudFormation stack (with its nested stacks), or a cluster with some or all of its
 * services; optionally an Amplify app (and one branch of it).
 */
public record Target(String stack, String cluster, List<String> services, String amplifyApp, String amplifyBranch) {

    public Target {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** How the report and the snapshot name what was read. */
    public String describe(String region) {
        String what = stack != null ? "stack " + stack
                : "cluster " + cluster + (services.isEmpty() ? "" : " service " + String.join(",", services));
        return what + " in " + region;
    }
}
