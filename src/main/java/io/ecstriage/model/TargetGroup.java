package io.ecstriage.model;

import java.util.List;

/** An ELBv2 target group and its health check settings. */
public record TargetGroup(String region, String arn, String name, String protocol, Integer port, String vpcId,
                          String targetType, String healthCheckProtocol, String healthCheckPort,
                          String healthCheckPath, Boolean healthCheckEnabled, String matcher,
                          List<String> loadBalancerArns) implements Regional {

    public TargetGroup {
        loadBalancerArns = List.copyOf(loadBalancerArns);
    }

    /** The port health checks go to for a target registered on trafficPort. */
    public int healthCheckPortFor(int trafficPort) {
        if (healthCheckPort == null || "traffic-port".equals(healthCheckPort)) return trafficPort;
        try {
            return Integer.parseInt(healthCheckPort);
        } catch (NumberFormatException e) {
            return trafficPort;
        }
    }
}
