package io.ecstriage.model;

/** A cluster from `aws ecs describe-clusters`. */
public record EcsCluster(String region, String arn, String name, String status, int runningTasksCount,
                         int pendingTasksCount) implements Regional {}
