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

    /** Rules join tasks on their service once per pattern: each task's key is made once, not once per join. */
    private static final Memo<EcsTask, String> SERVICE_KEYS =
            Memo.byIdentity(8192, t -> ServiceKey.of(t.region, t.clusterArn, t.serviceName()));

    /** The full identity of the service that started the task (see {@link ServiceKey}), or null. */
    public String serviceKey() {
        return SERVICE_KEYS.get(this);
    }

    /** family:revision of the task definition. */
    public String taskDefinitionRef() {
        return Arns.taskDefinitionRef(taskDefinitionArn);
    }
}
