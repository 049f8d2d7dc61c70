package io.ecstriage.model;

import java.time.Instant;

/** One `deployments[]` entry of a service. */
public record ServiceDeployment(String region, String serviceName, String id, String status, String taskDefinitionArn,
                                String rolloutState, String rolloutStateReason, int failedTasks,
                                int desiredCount, int runningCount, Instant updatedAt) implements Regional {

    public boolean failing() {
        return "FAILED".equalsIgnoreCase(rolloutState) || failedTasks > 0 && runningCount < desiredCount;
    }
}
