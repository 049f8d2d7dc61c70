package io.ecstriage.engine;

import io.ecstriage.model.Arns;
import io.ecstriage.model.ContainerInstance;
import io.ecstriage.model.ContainerSettings;
import io.ecstriage.model.Ec2Instance;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.PortMapping;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TaskDefinition;
import io.ecstriage.model.TaskOnInstance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the load balancer reaches a service whose tasks use bridge or host networking (EC2 launch type): the container
 * instances its tasks run on, guarded by their EC2 instances' security groups, on host ports rather than container ports.
 */
final class InstanceTargets {
    /** Docker's ephemeral range that ECS documents for dynamic host ports (hostPort 0 or absent in bridge mode). */
    static final int DYNAMIC_FROM = 32768;
    static final int DYNAMIC_TO = 65535;

    /** The EC2 instances behind a service, their groups, and whether every link (task → instance → groups) was read. */
    record Hosts(List<String> instanceIds, List<String> securityGroups, boolean complete) {}

    private final Map<String, TaskDefinition> taskDefinitions = new HashMap<>();
    private final Map<String, ContainerInstance> containerInstances = new HashMap<>();
    private final Map<String, List<ContainerInstance>> instancesOfCluster = new HashMap<>();
    private final Map<String, Ec2Instance> ec2 = new HashMap<>();
    private final Map<String, Set<String>> hostsOfService = new HashMap<>();
    private final Map<String, ContainerSettings> settings = new HashMap<>();

    InstanceTargets(Snapshot snapshot) {
        for (TaskDefinition t : snapshot.all(TaskDefinition.class)) if (t.arn() != null) taskDefinitions.putIfAbsent(t.arn(), t);
        for (ContainerInstance c : snapshot.all(ContainerInstance.class)) {
            containerInstances.putIfAbsent(c.arn(), c);
            if (c.clusterArn() != null) instancesOfCluster.computeIfAbsent(clusterKey(c.region(), c.clusterArn()), k -> new ArrayList<>()).add(c);
        }
        for (Ec2Instance i : snapshot.all(Ec2Instance.class)) ec2.putIfAbsent(i.instanceId(), i);
        for (TaskOnInstance t : snapshot.all(TaskOnInstance.class)) {
            if (t.serviceKey() != null) hostsOfService.computeIfAbsent(t.serviceKey(), k -> new LinkedHashSet<>()).add(t.containerInstanceArn());
        }
        for (ContainerSettings c : snapshot.all(ContainerSettings.class)) settings.putIfAbsent(c.taskDefinitionArn() + " " + c.name(), c);
    }

    /** The service's hosts when its tasks use bridge or host networking, else null (awsvpc, or the definition unknown). */
    Hosts hostsOf(EcsService service) {
        TaskDefinition td = taskDefinitions.get(service.taskDefinitionArn());
        if (td == null || !hostNetworking(td, service)) return null;
        Set<String> arns = hostsOfService.getOrDefault(service.serviceKey(), Set.of());
        if (arns.isEmpty() && service.clusterArn() != null) {
            // no task of the service was read: every instance of the cluster may host the next one
            arns = new LinkedHashSet<>();
            for (ContainerInstance c : instancesOfCluster.getOrDefault(clusterKey(service.region(), service.clusterArn()), List.of())) {
                if (!"INACTIVE".equalsIgnoreCase(c.status())) arns.add(c.arn());
            }
        }
        boolean complete = !arns.isEmpty();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (String arn : arns) {
            ContainerInstance ci = containerInstances.get(arn);
            Ec2Instance instance = ci == null || ci.ec2InstanceId() == null ? null : ec2.get(ci.ec2InstanceId());
            if (instance == null) {
                complete = false;
                if (ci != null && ci.ec2InstanceId() != null) ids.add(ci.ec2InstanceId());
                continue;
            }
            ids.add(instance.instanceId());
            groups.addAll(instance.securityGroupIds());
        }
        return new Hosts(List.copyOf(ids), List.copyOf(groups), complete);
    }

    /** The host port range the load balancer reaches `containerPort` of the container on: {from, to}. */
    int[] hostPorts(EcsService service, String containerName, int containerPort) {
        TaskDefinition td = taskDefinitions.get(service.taskDefinitionArn());
        if (td != null && "host".equalsIgnoreCase(td.networkMode())) return new int[] {containerPort, containerPort};
        ContainerSettings c = settings.get(service.taskDefinitionArn() + " " + containerName);
        if (c != null) {
            for (PortMapping p : c.portMappings()) {
                if (p.containerPort() == null || p.containerPort() != containerPort) continue;
                if (p.hostPort() == null || p.hostPort() == 0) return new int[] {DYNAMIC_FROM, DYNAMIC_TO};
                return new int[] {p.hostPort(), p.hostPort()};
            }
        }
        return new int[] {containerPort, containerPort};
    }

    /** bridge and host put the tasks on the instance's network; an EC2 definition without networkMode is bridge. */
    static boolean hostNetworking(TaskDefinition td, EcsService service) {
        String mode = td.networkMode();
        if (mode != null) return mode.equalsIgnoreCase("bridge") || mode.equalsIgnoreCase("host");
        boolean ec2 = "EC2".equalsIgnoreCase(service.launchType())
                || td.requiresCompatibilities().contains("EC2") && !td.requiresCompatibilities().contains("FARGATE");
        return ec2 && service.securityGroups().isEmpty() && service.subnets().isEmpty();
    }

    private static String clusterKey(String region, String cluster) {
        return region + " " + (cluster.startsWith("arn:") ? Arns.lastSegment(cluster) : cluster);
    }
}
