package io.ecstriage.model;

import java.util.List;

/**
 * Derived: the subnets given to a load balancer that failed to create (from the failed command line
 * or the stack event's properties), their zones, and a free CIDR and unused zone to fix it with.
 */
public record AlbSubnetChoice(String region, String source, String sourceRef, List<String> subnetIds,
                              List<String> zones, String sharedZone, int distinctZones, String vpcId,
                              String siblingCidr, String freeCidr, String unusedZone, String routeTableId,
                              boolean allSubnetsKnown) implements Regional {

    public AlbSubnetChoice {
        subnetIds = List.copyOf(subnetIds);
        zones = List.copyOf(zones);
    }
}
