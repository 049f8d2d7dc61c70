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

    public List<String> subnetIds() {
        return zones.stream().map(Zone::subnetId).filter(s -> s != null).toList();
    }
}
