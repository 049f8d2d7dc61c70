package io.ecstriage.collect;

import java.util.List;
import java.util.Objects;

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

    // written out: the generated ones link a bootstrap at their first call, in a live run's head start (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof Target o && Objects.equals(stack, o.stack) && Objects.equals(cluster, o.cluster)
                && Objects.equals(services, o.services) && Objects.equals(amplifyApp, o.amplifyApp)
                && Objects.equals(amplifyBranch, o.amplifyBranch);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(stack);
        h = 31 * h + Objects.hashCode(cluster);
        h = 31 * h + Objects.hashCode(services);
        h = 31 * h + Objects.hashCode(amplifyApp);
        return 31 * h + Objects.hashCode(amplifyBranch);
    }
}
