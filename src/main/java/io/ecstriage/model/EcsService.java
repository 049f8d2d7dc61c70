package io.ecstriage.model;

import java.util.List;

/** A service from `aws ecs describe-services`. */
public record EcsService(String region, String serviceArn, String serviceName, String clusterArn, String status,
                         String taskDefinitionArn, int desiredCount, int runningCount, int pendingCount,
                         String launchType, List<String> subnets, List<String> securityGroups,
                         String assignPublicIp, List<ServiceLoadBalancer> loadBalancers,
                         Integer healthCheckGracePeriodSeconds, Boolean enableExecuteCommand) implements Regional {

    public EcsService {
        subnets = List.copyOf(subnets);
        securityGroups = List.copyOf(securityGroups);
        loadBalancers = List.copyOf(loadBalancers);
    }

    /** Region, account, cluster and name: what tasks, load balancer links and derived facts join on. */
    public String serviceKey() {
        return ServiceKey.of(region, clusterArn, serviceName);
    }

    public String clusterName() {
        return Arns.lastSegment(clusterArn);
    }

    public boolean belowDesired() {
        return runningCount < desiredCount;
    }
}
