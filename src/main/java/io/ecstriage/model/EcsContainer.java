package io.ecstriage.model;

/** A container of a described task, with its own status, exit code and reason. */
public record EcsContainer(String region, String taskArn, String taskId, String name, String image,
                           String lastStatus, Integer exitCode, String reason, String healthStatus) {}
