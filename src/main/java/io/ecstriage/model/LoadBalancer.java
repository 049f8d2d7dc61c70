package io.ecstriage.model;

import java.time.Instant;
import java.util.List;

/** An ELBv2 load balancer from `aws elbv2 describe-load-balancers`. */
public record LoadBalancer(String region, String arn, String name, String dnsName, String scheme, String type,
                           String stateCode, String vpcId, List<String> securityGroups, List<Zone> zones,
                           Instant createdTime) implements Regional {

    public record Zone(String zoneName, String subnetId) {}

    public LoadBalancer {
        securityGroups = List.copyOf(securityGroups);
        zones = List.copyOf(zones);
    }

    /** The zones of `wanted` this load balancer has no subnet in, sorted. */
    public List<String> zonesMissing(java.util.Collection<String> wanted) {
        java.util.Set<String> mine = new java.util.HashSet<>();
        for (Zone z : zones) mine.add(z.zoneName());
        return wanted.stream().filter(z -> z != null && !mine.contains(z)).distinct().sorted().toList();
    }

    public List<String> zoneNames() {
        return zones.stream().map(Zone::zoneName).filter(z -> z != null).sorted().toList();
    }

    public List<String> subnetIds() {
        return zones.stream().map(Zone::subnetId).filter(s -> s != null).toList();
    }
}
