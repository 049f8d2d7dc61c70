package io.ecstriage.model;

import java.time.Instant;
import java.util.List;

/** A task from `aws ecs describe-tasks` (running or stopped). */
public record EcsTask(String region, String taskArn, String taskId, String clusterArn, String taskDefinitionArn,
                      String group, String lastStatus, String desiredStatus, String stopCode, String stoppedReason,
                      Instant createdAt, Instant stoppedAt, String launchType, String availabilityZone,
                      String subnetId, String eniId, String privateIp, String healthStatus,
                      List<EcsContainer> containers) implements Regional {

    public EcsTask {
        containers = List.copyOf(containers);
    }

    public boolean stopped() {
        return "STOPPED".equalsIgnoreCase(lastStatus) || "STOPPED".equalsIgnoreCase(desiredStatus) && stoppedAt != null;
    }

    /** The service that started the task ("service:NAME" group), or null. */
    public String serviceName() {
        return group != null && group.startsWith("service:") ? group.substring("service:".length()) : null;
    }

    /** The full identity of the service that started the task (see {@link ServiceKey}), or null. */
    public String serviceKey() {
        return ServiceKey.of(region, clusterArn, serviceName());
    }

    /** family:revision of the task definition. */
    public String taskDefinitionRef() {
        return Arns.taskDefinitionRef(taskDefinitionArn);
    }
}
