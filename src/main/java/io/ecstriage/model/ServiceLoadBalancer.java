package io.ecstriage.model;

/** One entry of a service's `loadBalancers`: which container port the target group sends to. */
public record ServiceLoadBalancer(String region, String serviceName, String targetGroupArn, String containerName,
                                  Integer containerPort, String serviceKey) implements Regional {

    /** A link of a service whose cluster is not known. */
    public ServiceLoadBalancer(String region, String serviceName, String targetGroupArn, String containerName, Integer containerPort) {
        this(region, serviceName, targetGroupArn, containerName, containerPort, ServiceKey.of(region, null, serviceName));
    }
}
