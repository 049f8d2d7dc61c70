package io.ecstriage.model;

import java.util.List;
import java.util.Map;

/** One container of a task definition. */
public record ContainerDefinition(String region, String taskDefinitionArn, String family, int revision, String name,
                                  String image, boolean essential, List<Integer> containerPorts,
                                  Map<String, String> environment, Map<String, String> secrets,
                                  String logDriver, Map<String, String> logOptions,
                                  ContainerHealthCheck healthCheck) implements Regional {

    public ContainerDefinition {
        containerPorts = List.copyOf(containerPorts);
        environment = Map.copyOf(environment);
        secrets = Map.copyOf(secrets);
        logOptions = Map.copyOf(logOptions);
    }

    public String taskDefinitionRef() {
        return family + ":" + revision;
    }

    public ImageRef imageRef() {
        return ImageRef.parse(image);
    }

    /** awslogs group, or null when the container does not log with awslogs. */
    public String awslogsGroup() {
        return "awslogs".equals(logDriver) ? logOptions.get("awslogs-group") : null;
    }

    /** awslogs-region, falling back to the task definition's region. */
    public String awslogsRegion() {
        String r = logOptions.get("awslogs-region");
        return r != null ? r : region;
    }

    public boolean awslogsCreatesGroup() {
        return "true".equalsIgnoreCase(logOptions.getOrDefault("awslogs-create-group", "false"));
    }
}
