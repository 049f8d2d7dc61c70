package io.ecstriage.model;

import java.util.List;

/**
 * Derived: the load balancer → task path of one service's target group, with the health check port
 * and whether the task's security groups admit the load balancer on it.
 */
public record TrafficPath(String region, String serviceName, String clusterName, String targetGroupArn,
                          String targetGroupName, String loadBalancerArn, String containerName, int trafficPort,
                          int healthCheckPort, List<String> lbSecurityGroups, List<String> taskSecurityGroups,
                          List<String> lbSubnetCidrs, boolean allTaskGroupsKnown, String admittedBy,
                          boolean prefixListUnresolved, String serviceKey) implements Regional {

    public TrafficPath {
        lbSecurityGroups = List.copyOf(lbSecurityGroups);
        taskSecurityGroups = List.copyOf(taskSecurityGroups);
        lbSubnetCidrs = List.copyOf(lbSubnetCidrs);
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
