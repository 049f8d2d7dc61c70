package io.ecstriage.model;

import java.util.List;

/** Container definition settings beyond {@link ContainerDefinition}: port mappings with host ports, stopTimeout. */
public record ContainerSettings(String region, String taskDefinitionArn, String family, int revision, String name,
                                List<PortMapping> portMappings, Integer stopTimeout) implements Regional {

    public ContainerSettings {
        portMappings = List.copyOf(portMappings);
    }

    /** The host ports bound to one fixed number: hostPort in bridge mode (0 or absent is dynamic), every containerPort in host mode. */
    public List<Integer> fixedHostPorts(String networkMode) {
        boolean host = "host".equalsIgnoreCase(networkMode);
        List<Integer> out = new java.util.ArrayList<>();
        for (PortMapping p : portMappings) {
            Integer port = host ? p.containerPort() : p.hostPort();
            if (port != null && port > 0 && !out.contains(port)) out.add(port);
        }
        return out;
    }

    public String taskDefinitionRef() {
        return family + ":" + revision;
    }
}
