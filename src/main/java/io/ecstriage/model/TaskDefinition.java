package io.ecstriage.model;

import java.util.List;

/** A task definition from `aws ecs describe-task-definition` (its containers are separate facts). */
public record TaskDefinition(String region, String arn, String family, int revision, String cpu, String memory,
                             String networkMode, String executionRoleArn, String taskRoleArn,
                             String cpuArchitecture, List<String> requiresCompatibilities) implements Regional {

    public TaskDefinition {
        requiresCompatibilities = List.copyOf(requiresCompatibilities);
    }

    public String ref() {
        return family + ":" + revision;
    }
}
