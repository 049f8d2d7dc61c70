package io.ecstriage.live;

import java.util.Map;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.LogConfiguration;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.PortMapping;

/**
 * A Fargate service as the integration tests build it in moto: the cluster, revision 1 of a task definition with one
 * essential container `api` (the task 256 CPU units and 512 MiB; the container's own memory is set because moto's run-task
 * refuses a Fargate task definition without it), and the service. Options default to a plain nginx container.
 */
final class EmulatedService {
    static final String CONTAINER = "api";
    private final Emulated aws;
    private final String cluster;
    private final String family;
    private String image = "public.ecr.aws/nginx/nginx:1.27";
    private Integer port;
    private Integer containerCpu;
    private String healthCheck;
    private String logGroup;
    private String executionRoleArn;
    private Map<String, String> secrets = Map.of();
    private String targetGroup;
    private int desiredCount = 1;

    EmulatedService(Emulated aws, String cluster, String family) {
        this.aws = aws;
        this.cluster = cluster;
        this.family = family;
    }

    EmulatedService image(String image) {
        this.image = image;
        return this;
    }

    /** The container's own CPU units (unset by default: the task's 256 apply). */
    EmulatedService containerCpu(int units) {
        this.containerCpu = units;
        return this;
    }

    EmulatedService port(int containerPort) {
        this.port = containerPort;
        return this;
    }

    /** The container's own health check, a CMD-SHELL command. */
    EmulatedService healthCheck(String shellCommand) {
        this.healthCheck = shellCommand;
        return this;
    }

    /** awslogs to this group, in the service's Region, stream prefix `ecs`. */
    EmulatedService awslogs(String group) {
        this.logGroup = group;
        return this;
    }

    EmulatedService executionRole(String roleArn) {
        this.executionRoleArn = roleArn;
        return this;
    }

    /** Container secrets: environment name → secret or parameter ARN. */
    EmulatedService secrets(Map<String, String> byName) {
        this.secrets = Map.copyOf(byName);
        return this;
    }

    /** Registered with this target group on the container's port (set {@link #port} first). */
    EmulatedService behind(String targetGroupArn) {
        this.targetGroup = targetGroupArn;
        return this;
    }

    EmulatedService desiredCount(int n) {
        this.desiredCount = n;
        return this;
    }

    /** Creates the cluster, registers FAMILY:1 and creates the service; returns "FAMILY:1". */
    String create(String service, NetworkConfiguration network) {
        ContainerDefinition.Builder c = ContainerDefinition.builder().name(CONTAINER).essential(true).memory(512).image(image);
        if (containerCpu != null) c.cpu(containerCpu);
        if (port != null) c.portMappings(PortMapping.builder().containerPort(port).build());
        if (healthCheck != null) c.healthCheck(h -> h.command("CMD-SHELL", healthCheck));
        if (logGroup != null) {
            c.logConfiguration(LogConfiguration.builder().logDriver("awslogs")
                    .options(Map.of("awslogs-group", logGroup, "awslogs-region", aws.region, "awslogs-stream-prefix", "ecs")).build());
        }
        if (!secrets.isEmpty()) {
            c.secrets(secrets.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> software.amazon.awssdk.services.ecs.model.Secret.builder().name(e.getKey()).valueFrom(e.getValue()).build()).toList());
        }
        String revision = family + ":1";
        try (EcsClient ecs = aws.ecs()) {
            ecs.createCluster(b -> b.clusterName(cluster));
            ecs.registerTaskDefinition(b -> b.family(family).networkMode(NetworkMode.AWSVPC).requiresCompatibilities(Compatibility.FARGATE)
                    .cpu("256").memory("512").executionRoleArn(executionRoleArn).containerDefinitions(c.build()));
            ecs.createService(b -> {
                b.cluster(cluster).serviceName(service).taskDefinition(revision).desiredCount(desiredCount)
                        .launchType(LaunchType.FARGATE).networkConfiguration(network);
                if (targetGroup != null) b.loadBalancers(l -> l.targetGroupArn(targetGroup).containerName(CONTAINER).containerPort(port));
            });
        }
        return revision;
    }
}
