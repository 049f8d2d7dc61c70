package io.ecstriage.model;

import java.time.Instant;
import java.util.List;

/**
 * A task from `aws ecs describe-tasks` (running or stopped). `serviceKey` is the full identity of the service that
 * started it ({@link ServiceKey}), or null: made from the region, cluster and group whatever is passed for it, once
 * per task, because the rules join tens of thousands of tasks on it per pattern.
 */
public record EcsTask(String region, String taskArn, String taskId, String clusterArn, String taskDefinitionArn,
                      String group, String lastStatus, String desiredStatus, String stopCode, String stoppedReason,
                      Instant createdAt, Instant stoppedAt, String launchType, String availabilityZone,
                      String subnetId, String eniId, String privateIp, String healthStatus,
                      List<EcsContainer> containers, String serviceKey) implements Regional {

    public EcsTask {
        containers = List.copyOf(containers);
        serviceKey = ServiceKey.of(region, clusterArn, serviceNameOf(group));
    }

    public EcsTask(String region, String taskArn, String taskId, String clusterArn, String taskDefinitionArn,
                   String group, String lastStatus, String desiredStatus, String stopCode, String stoppedReason,
                   Instant createdAt, Instant stoppedAt, String launchType, String availabilityZone,
                   String subnetId, String eniId, String privateIp, String healthStatus, List<EcsContainer> containers) {
        this(region, taskArn, taskId, clusterArn, taskDefinitionArn, group, lastStatus, desiredStatus, stopCode, stoppedReason,
                createdAt, stoppedAt, launchType, availabilityZone, subnetId, eniId, privateIp, healthStatus, containers, null);
    }

    public boolean stopped() {
        return "STOPPED".equalsIgnoreCase(lastStatus) || "STOPPED".equalsIgnoreCase(desiredStatus) && stoppedAt != null;
    }

    /** The service that started the task ("service:NAME" group), or null. */
    public String serviceName() {
        return serviceNameOf(group);
    }

    private static String serviceNameOf(String group) {
        return group != null && group.startsWith("service:") ? group.substring("service:".length()) : null;
    }

    /** family:revision of the task definition. */
    public String taskDefinitionRef() {
        return Arns.taskDefinitionRef(taskDefinitionArn);
    }
}
