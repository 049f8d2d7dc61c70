package io.ecstriage.model;

import java.util.List;
import java.util.Map;

/**
 * A container instance from `aws ecs describe-container-instances`: the EC2 host an EC2-launch-type task is placed on,
 * with what it has registered and what it has left (CPU units, MiB, host ports in use).
 */
public record ContainerInstance(String region, String arn, String clusterArn, String ec2InstanceId, String status,
                                String statusReason, Boolean agentConnected, Integer registeredCpu, Integer registeredMemory,
                                Integer remainingCpu, Integer remainingMemory, List<Integer> portsInUse,
                                int runningTasksCount, int pendingTasksCount, String agentVersion,
                                Map<String, String> attributes) implements Regional {

    public ContainerInstance {
        portsInUse = List.copyOf(portsInUse);
        attributes = Map.copyOf(attributes);
    }

    public String id() {
        return Arns.lastSegment(arn);
    }

    /** ACTIVE and its agent connected: the scheduler may place tasks on it. */
    public boolean placeable() {
        return "ACTIVE".equalsIgnoreCase(status) && !Boolean.FALSE.equals(agentConnected);
    }

    public boolean draining() {
        return "DRAINING".equalsIgnoreCase(status);
    }

    public boolean agentDisconnected() {
        return Boolean.FALSE.equals(agentConnected) && !"INACTIVE".equalsIgnoreCase(status) && !"DEREGISTERING".equalsIgnoreCase(status);
    }

    public String clusterName() {
        return clusterArn == null ? null : Arns.lastSegment(clusterArn);
    }

    /** Whether a task of this size (CPU units, MiB, as a task definition writes them; null = not set) fits what is left. */
    public boolean fits(String cpu, String memory) {
        Integer c = units(cpu);
        Integer m = units(memory);
        return (c == null || remainingCpu == null || c <= remainingCpu) && (m == null || remainingMemory == null || m <= remainingMemory);
    }

    private static Integer units(String value) {
        if (value == null || !value.trim().matches("\\d+")) return null;
        return Digits.clamped(value.trim());
    }

    public String remaining() {
        return remainingCpu + " CPU units and " + remainingMemory + " MiB left of " + registeredCpu + " and " + registeredMemory;
    }

    public String label() {
        return ec2InstanceId != null ? id() + " (" + ec2InstanceId + ")" : id();
    }
}
