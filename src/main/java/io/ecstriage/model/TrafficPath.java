package io.ecstriage.model;

import java.util.List;

/**
 * Derived: the load balancer → task path of one service's target group, with the health check port
 * and whether the task's security groups admit the load balancer on it. In bridge or host networking (EC2 launch
 * type) the targets are the container instances: the groups are their EC2 instances' and the port is the host port,
 * for dynamic host ports the whole range healthCheckPort–healthCheckPortTo.
 */
public record TrafficPath(String region, String serviceName, String clusterName, String targetGroupArn,
                          String targetGroupName, String loadBalancerArn, String containerName, int trafficPort,
                          int healthCheckPort, List<String> lbSecurityGroups, List<String> taskSecurityGroups,
                          List<String> lbSubnetCidrs, boolean allTaskGroupsKnown, String admittedBy,
                          boolean prefixListUnresolved, String serviceKey, int healthCheckPortTo,
                          List<String> instanceIds) implements Regional {

    public TrafficPath {
        lbSecurityGroups = List.copyOf(lbSecurityGroups);
        taskSecurityGroups = List.copyOf(taskSecurityGroups);
        lbSubnetCidrs = List.copyOf(lbSubnetCidrs);
        instanceIds = List.copyOf(instanceIds);
    }

    /** The awsvpc path: each task has its own ENI and groups. */
    public TrafficPath(String region, String serviceName, String clusterName, String targetGroupArn, String targetGroupName,
                       String loadBalancerArn, String containerName, int trafficPort, int healthCheckPort,
                       List<String> lbSecurityGroups, List<String> taskSecurityGroups, List<String> lbSubnetCidrs,
                       boolean allTaskGroupsKnown, String admittedBy, boolean prefixListUnresolved, String serviceKey) {
        this(region, serviceName, clusterName, targetGroupArn, targetGroupName, loadBalancerArn, containerName, trafficPort,
                healthCheckPort, lbSecurityGroups, taskSecurityGroups, lbSubnetCidrs, allTaskGroupsKnown, admittedBy,
                prefixListUnresolved, serviceKey, healthCheckPort, List.of());
    }

    /** The targets are container instances (bridge or host networking), not task ENIs. */
    public boolean onInstances() {
        return !instanceIds.isEmpty();
    }

    /** "8080", or "32768-65535" for dynamic host ports. */
    public String ports() {
        return healthCheckPortTo == healthCheckPort ? String.valueOf(healthCheckPort) : healthCheckPort + "-" + healthCheckPortTo;
    }

    public boolean blocked() {
        return allTaskGroupsKnown && admittedBy == null && !prefixListUnresolved && !lbSecurityGroups.isEmpty();
    }

    public String firstTaskGroup() {
        return taskSecurityGroups.isEmpty() ? null : taskSecurityGroups.get(0);
    }

    public String firstLbGroup() {
        return lbSecurityGroups.isEmpty() ? null : lbSecurityGroups.get(0);
    }
}
