package io.ecstriage.model;

import java.util.List;

/**
 * Derived: how the tasks of one service (taskArn null) or one task leave their subnet for AWS APIs and registries.
 * The subnet's route table is its explicit association or else its VPC's main table; `egress` sums up the
 * default route (see the constants). Endpoint lists use short service names ("ecr.dkr", "s3", "logs").
 */
public record TaskEgress(String region, String serviceName, String clusterName, String taskArn, String taskId,
                         String subnetId, String vpcId, String availabilityZone, String subnetCidr,
                         String assignPublicIp, List<String> securityGroups, List<String> serviceSubnets,
                         String routeTableId, String defaultTarget, String egress,
                         boolean endpointsKnown, List<String> neededEndpoints, List<String> presentEndpoints,
                         List<String> missingEndpoints, List<String> blockedEndpoints, List<String> blockingGroups,
                         List<String> endpointsWithoutPrivateDns, Boolean dnsSupport, Boolean dnsHostnames,
                         boolean ecrImage, String availableNatGateway, String publicSubnet, String serviceKey) implements Regional {

    /** 0.0.0.0/0 goes to an internet gateway and the task has a public IP. */
    public static final String IGW_PUBLIC_IP = "IGW_PUBLIC_IP";
    /** 0.0.0.0/0 goes to an internet gateway but the task gets no public IP: nothing leaves the VPC. */
    public static final String IGW_NO_PUBLIC_IP = "IGW_NO_PUBLIC_IP";
    /** 0.0.0.0/0 goes to an internet gateway; whether the task has a public IP is not known (no service). */
    public static final String IGW_UNKNOWN_IP = "IGW_UNKNOWN_IP";
    /** 0.0.0.0/0 goes to an available (or not listed) NAT gateway. */
    public static final String NAT = "NAT";
    /** 0.0.0.0/0 goes to a NAT gateway that is not available, or the route is a blackhole. */
    public static final String DEAD_ROUTE = "DEAD_ROUTE";
    /** No 0.0.0.0/0 route at all. */
    public static final String NONE = "NONE";
    /** 0.0.0.0/0 goes elsewhere (transit gateway, firewall endpoint, peering, ENI): cannot tell offline. */
    public static final String OTHER = "OTHER";
    /** No route table known for the subnet. */
    public static final String UNKNOWN = "UNKNOWN";

    /** The pseudo-endpoint a public-registry image needs: an internet path. */
    public static final String INTERNET = "internet";

    public TaskEgress {
        securityGroups = List.copyOf(securityGroups);
        serviceSubnets = List.copyOf(serviceSubnets);
        neededEndpoints = List.copyOf(neededEndpoints);
        presentEndpoints = List.copyOf(presentEndpoints);
        missingEndpoints = List.copyOf(missingEndpoints);
        blockedEndpoints = List.copyOf(blockedEndpoints);
        blockingGroups = List.copyOf(blockingGroups);
        endpointsWithoutPrivateDns = List.copyOf(endpointsWithoutPrivateDns);
    }

    /** Nothing leaves the VPC: only VPC endpoints can serve the task. */
    public boolean isolated() {
        return NONE.equals(egress) || DEAD_ROUTE.equals(egress) || IGW_NO_PUBLIC_IP.equals(egress);
    }

    /** The task reaches the internet on its own (public IP, NAT, or a route we cannot judge). */
    public boolean hasInternetPath() {
        return IGW_PUBLIC_IP.equals(egress) || NAT.equals(egress) || OTHER.equals(egress);
    }

    /** Every endpoint the task needs is there (only meaningful when endpointsKnown). */
    public boolean endpointsComplete() {
        return endpointsKnown && missingEndpoints.isEmpty();
    }

    /** Interface endpoints the task needs that are present (everything but the s3 gateway). */
    public boolean usesInterfaceEndpoints() {
        return presentEndpoints.stream().anyMatch(e -> !e.equals("s3") && neededEndpoints.contains(e));
    }

    /** "ecr.dkr, s3" and/or the public registry, for evidence lines. */
    public String missingDescription() {
        List<String> endpoints = missingEndpoints.stream().filter(e -> !e.equals(INTERNET)).toList();
        String s = endpoints.isEmpty() ? "" : "VPC " + vpcId + " has no endpoint for " + String.join(", ", endpoints);
        if (missingEndpoints.contains(INTERNET)) s += (s.isEmpty() ? "" : "; ") + "an image comes from a public registry, which no VPC endpoint serves";
        return s + (presentEndpoints.isEmpty() ? "" : " (endpoints present: " + String.join(", ", presentEndpoints) + ")");
    }

    /** The needed endpoints, without the internet pseudo-endpoint. */
    public List<String> neededEndpointNames() {
        return neededEndpoints.stream().filter(e -> !e.equals(INTERNET)).toList();
    }

    public String owner() {
        return serviceName != null ? "service " + serviceName : "task " + taskId;
    }

    /** What the findings are about: the route table (or subnet) of the isolated tasks. */
    public String routeSubject() {
        return (routeTableId != null ? routeTableId : subnetId) + (vpcId != null ? "@" + vpcId : "");
    }

    public String firstSecurityGroup() {
        return securityGroups.isEmpty() ? null : securityGroups.get(0);
    }

    public String describeRoute() {
        String table = routeTableId == null ? "no known route table" : "route table " + routeTableId;
        return switch (egress) {
            case NONE -> "subnet " + subnetId + ": " + table + " has no 0.0.0.0/0 route (no internet gateway, no NAT)";
            case DEAD_ROUTE -> "subnet " + subnetId + ": " + table + " sends 0.0.0.0/0 to " + defaultTarget + ", which is not available";
            case NAT -> "subnet " + subnetId + ": " + table + " sends 0.0.0.0/0 to " + defaultTarget;
            case IGW_NO_PUBLIC_IP -> "subnet " + subnetId + ": " + table + " sends 0.0.0.0/0 to " + defaultTarget + " (a public subnet)";
            default -> "subnet " + subnetId + ": " + table + (defaultTarget == null ? "" : " sends 0.0.0.0/0 to " + defaultTarget);
        };
    }
}
