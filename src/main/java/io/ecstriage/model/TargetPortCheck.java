package io.ecstriage.model;

import java.util.List;

/**
 * Derived: the ports of one service → target group link. ECS registers each task on the service's
 * loadBalancers[].containerPort; the target group checks that port (traffic-port) or a fixed one; the container
 * definition maps some ports; the app's own log may say which port it listens on.
 */
public record TargetPortCheck(String region, String serviceName, String clusterName, String targetGroupArn,
                              String targetGroupName, String containerName, Integer serviceContainerPort,
                              Integer targetGroupPort, int healthCheckPort, boolean healthCheckPortFixed,
                              String taskDefinitionArn, String taskDefinitionRef, boolean mappingsKnown,
                              List<Integer> mappedPorts, List<Integer> appPorts, String appPortLine,
                              String trafficAdmittedBy, String serviceKey) implements Regional {

    public TargetPortCheck {
        mappedPorts = List.copyOf(mappedPorts);
        appPorts = List.copyOf(appPorts);
    }

    /** The service sends traffic to a port the container does not map. */
    public boolean servicePortUnmapped() {
        return mappingsKnown && serviceContainerPort != null && !mappedPorts.contains(serviceContainerPort);
    }

    /** The service's traffic port is one the container maps (false when the service names none). */
    public boolean servicePortMapped() {
        return serviceContainerPort != null && mappedPorts.contains(serviceContainerPort);
    }

    /** The target group's fixed health check port is none of the container's ports. */
    public boolean healthCheckPortUnmapped() {
        return healthCheckPortFixed && mappingsKnown && !mappedPorts.contains(healthCheckPort);
    }

    /** The app's log names the port it listens on, and it is not the one the load balancer uses. */
    public boolean appListensElsewhere() {
        return serviceContainerPort != null && !appPorts.isEmpty() && !appPorts.contains(serviceContainerPort);
    }

    public boolean mismatch() {
        return servicePortUnmapped() || healthCheckPortUnmapped() || appListensElsewhere();
    }

    /** The port the container should be reached on: the app's own, else the first mapped one. */
    public Integer rightPort() {
        if (!appPorts.isEmpty()) return appPorts.get(0);
        return mappedPorts.isEmpty() ? null : mappedPorts.get(0);
    }
}
