package io.ecstriage.model;

import java.util.List;

/** Container definition settings beyond {@link ContainerDefinition}: port mappings with host ports, stopTimeout. */
public record ContainerSettings(String region, String taskDefinitionArn, String family, int revision, String name,
                                List<PortMapping> portMappings, Integer stopTimeout) implements Regional {

    public ContainerSettings {
        portMappings = List.copyOf(portMappings);
    }

    public String taskDefinitionRef() {
        return family + ":" + revision;
    }
}
