package io.ecstriage.model;

import java.util.List;

/** What a container definition runs: its `entryPoint` and `command` (empty when the image's own apply). */
public record ContainerCommand(String region, String taskDefinitionArn, String name, List<String> entryPoint,
                               List<String> command) implements Regional {

    public ContainerCommand {
        entryPoint = List.copyOf(entryPoint);
        command = List.copyOf(command);
    }
}
