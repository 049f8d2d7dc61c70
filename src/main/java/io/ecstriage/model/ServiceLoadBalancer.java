package io.ecstriage.model;

/** One entry of a service's `loadBalancers`: which container port the target group sends to. */
public record ServiceLoadBalancer(String region, String serviceName, String targetGroupArn, String containerName,
                                  Integer containerPort) implements Regional {}
