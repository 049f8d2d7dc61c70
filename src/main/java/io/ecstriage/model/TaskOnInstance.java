package io.ecstriage.model;

import java.util.List;

/**
 * An EC2-launch-type task's host: the container instance it was placed on and the host ports its containers were bound
 * to (`containers[].networkBindings` of `aws ecs describe-tasks`; bridge and host networking have no task ENI).
 */
public record TaskOnInstance(String region, String taskArn, String taskId, String serviceKey, String containerInstanceArn,
                             List<Binding> bindings) implements Regional {

    /** One `networkBindings[]` entry: the container's port and the instance port it is reachable on. */
    public record Binding(String containerName, Integer containerPort, Integer hostPort, String protocol) {}

    public TaskOnInstance {
        bindings = List.copyOf(bindings);
    }
}
