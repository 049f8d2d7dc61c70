package io.ecstriage.model;

import java.time.Instant;

/** One `deployments[]` entry of a service. */
public record ServiceDeployment(String region, String serviceName, String id, String status, String taskDefinitionArn,
                                String rolloutState, String rolloutStateReason, int failedTasks,
                                int desiredCount, int runningCount, Instant updatedAt, String serviceKey) implements Regional {

    /** A deployment of a service whose cluster is not known. */
    public ServiceDeployment(String region, String serviceName, String id, String status, String taskDefinitionArn,
                             String rolloutState, String rolloutStateReason, int failedTasks,
                             int desiredCount, int runningCount, Instant updatedAt) {
        this(region, serviceName, id, status, taskDefinitionArn, rolloutState, rolloutStateReason, failedTasks,
                desiredCount, runningCount, updatedAt, ServiceKey.of(region, null, serviceName));
    }

    public boolean failing() {
        return "FAILED".equalsIgnoreCase(rolloutState) || failedTasks > 0 && runningCount < desiredCount;
    }
}
