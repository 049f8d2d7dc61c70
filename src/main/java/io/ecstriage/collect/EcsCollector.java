package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ecs.model.ContainerInstance;
import software.amazon.awssdk.services.ecs.model.DescribeClustersResponse;
import software.amazon.awssdk.services.ecs.model.DescribeContainerInstancesResponse;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTasksResponse;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.Failure;
import software.amazon.awssdk.services.ecs.model.ListClustersResponse;
import software.amazon.awssdk.services.ecs.model.ListContainerInstancesResponse;
import software.amazon.awssdk.services.ecs.model.ListServicesResponse;
import software.amazon.awssdk.services.ecs.model.ListTasksRequest;
import software.amazon.awssdk.services.ecs.model.ListTasksResponse;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/**
 * ECS reads: clusters, services (10 per call), task lists, tasks (100 per call), task definitions, container instances;
 * the lists of clusters and services name what exists when a name asked for does not.
 */
public final class EcsCollector implements Collector {
    static final AwsCall LIST_SERVICES = AwsCall.of("ecs", "list-services");
    static final AwsCall LIST_CLUSTERS = AwsCall.of("ecs", "list-clusters");
    static final AwsCall DESCRIBE_CLUSTERS = AwsCall.of("ecs", "describe-clusters");
    static final AwsCall DESCRIBE_SERVICES = AwsCall.of("ecs", "describe-services");
    static final AwsCall LIST_TASKS = AwsCall.of("ecs", "list-tasks");
    static final AwsCall DESCRIBE_TASKS = AwsCall.of("ecs", "describe-tasks");
    static final AwsCall DESCRIBE_TASK_DEFINITION = AwsCall.of("ecs", "describe-task-definition");
    static final AwsCall LIST_CONTAINER_INSTANCES = AwsCall.of("ecs", "list-container-instances");
    static final AwsCall DESCRIBE_CONTAINER_INSTANCES = AwsCall.of("ecs", "describe-container-instances");
    static final int SERVICES_PER_CALL = 10;
    static final int CONTAINER_INSTANCES_PER_CALL = 100;
    static final int TASKS_PER_CALL = 100;
    private final AwsClients aws;
    private final Recorder rec;

    public EcsCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    @Override
    public List<AwsCall> reads() {
        return List.of(LIST_SERVICES, LIST_CLUSTERS, DESCRIBE_CLUSTERS, DESCRIBE_SERVICES, LIST_TASKS, DESCRIBE_TASKS,
                DESCRIBE_TASK_DEFINITION, LIST_CONTAINER_INSTANCES, DESCRIBE_CONTAINER_INSTANCES);
    }

    /** Every service ARN of the cluster (all pages). */
    public List<String> listServices(String region, String cluster) {
        ListServicesResponse r = rec.call(LIST_SERVICES.with("--cluster", cluster).in(region),
                () -> ListServicesResponse.builder().serviceArns(
                        aws.ecs(region).listServicesPaginator(b -> b.cluster(cluster)).serviceArns().stream().toList()).build());
        return r == null ? List.of() : r.serviceArns();
    }

    /** Every cluster ARN of the Region (all pages); empty when the call failed. */
    public List<String> listClusters(String region) {
        ListClustersResponse r = rec.call(LIST_CLUSTERS.in(region), () -> ListClustersResponse.builder().clusterArns(
                aws.ecs(region).listClustersPaginator(b -> { }).clusterArns().stream().toList()).build());
        return r == null ? List.of() : r.clusterArns();
    }

    /** @return the clusters asked for that ECS reports MISSING (or INACTIVE) */
    public List<String> describeClusters(String region, List<String> clusters) {
        List<String> missing = new ArrayList<>();
        for (List<String> batch : Batches.of(clusters, 100)) {
            DescribeClustersResponse r = rec.call(DESCRIBE_CLUSTERS.withAll("--clusters", batch).in(region),
                    () -> aws.ecs(region).describeClusters(b -> b.clusters(batch)));
            if (r == null) continue;
            for (String c : batch) {
                boolean active = r.clusters().stream().anyMatch(x -> (c.equals(x.clusterName()) || c.equals(x.clusterArn()))
                        && !"INACTIVE".equals(x.status()));
                if (!active) missing.add(c);
            }
        }
        return missing;
    }

    public List<Service> describeServices(String region, String cluster, List<String> services) {
        return describeServices(region, cluster, services, new ArrayList<>());
    }

    /** The services found; those ECS reports under `failures` as MISSING are added to `missing`, by the name asked. */
    public List<Service> describeServices(String region, String cluster, List<String> services, List<String> missing) {
        List<Service> out = new ArrayList<>();
        for (List<String> batch : Batches.of(services, SERVICES_PER_CALL)) {
            DescribeServicesResponse r = rec.call(DESCRIBE_SERVICES.with("--cluster", cluster)
                    .withAll("--services", batch).in(region), () -> aws.ecs(region).describeServices(b -> b.cluster(cluster).services(batch)));
            if (r == null) continue;
            out.addAll(r.services());
            for (Failure f : r.failures()) {
                if (!"MISSING".equals(f.reason()) || f.arn() == null) continue;
                String name = f.arn().substring(f.arn().lastIndexOf('/') + 1);
                batch.stream().filter(s -> s.equals(f.arn()) || s.equals(name)).findFirst().ifPresentOrElse(missing::add, () -> missing.add(name));
            }
        }
        return out;
    }

    /** Task ARNs of a cluster, or of one service when `service` is given, in the desired status (RUNNING or STOPPED). */
    public List<String> listTasks(String region, String cluster, String service, DesiredStatus status) {
        AwsCall cmd = LIST_TASKS.with("--cluster", cluster).with("--service-name", service);
        if (status == DesiredStatus.STOPPED) cmd = cmd.with("--desired-status", "STOPPED");
        ListTasksRequest req = ListTasksRequest.builder().cluster(cluster).serviceName(service).desiredStatus(status).build();
        ListTasksResponse r = rec.call(cmd.in(region), () -> ListTasksResponse.builder()
                .taskArns(aws.ecs(region).listTasksPaginator(req).taskArns().stream().toList()).build());
        return r == null ? List.of() : r.taskArns();
    }

    public List<Task> describeTasks(String region, String cluster, List<String> tasks) {
        List<Task> out = new ArrayList<>();
        for (List<String> batch : Batches.of(tasks, TASKS_PER_CALL)) {
            DescribeTasksResponse r = rec.call(DESCRIBE_TASKS.with("--cluster", cluster)
                    .withAll("--tasks", batch).in(region), () -> aws.ecs(region).describeTasks(b -> b.cluster(cluster).tasks(batch)));
            if (r != null) out.addAll(r.tasks());
        }
        return out;
    }

    public TaskDefinition describeTaskDefinition(String region, String taskDefinition) {
        DescribeTaskDefinitionResponse r = rec.call(DESCRIBE_TASK_DEFINITION
                .with("--task-definition", taskDefinition).in(region),
                () -> aws.ecs(region).describeTaskDefinition(b -> b.taskDefinition(taskDefinition)));
        return r == null ? null : r.taskDefinition();
    }

    /** Every container instance ARN of the cluster (all pages, every status): an empty answer means no EC2 capacity at all. */
    public List<String> listContainerInstances(String region, String cluster) {
        ListContainerInstancesResponse r = rec.call(LIST_CONTAINER_INSTANCES.with("--cluster", cluster).in(region),
                () -> ListContainerInstancesResponse.builder().containerInstanceArns(aws.ecs(region)
                        .listContainerInstancesPaginator(b -> b.cluster(cluster)).containerInstanceArns().stream().toList()).build());
        return r == null ? List.of() : r.containerInstanceArns();
    }

    public List<ContainerInstance> describeContainerInstances(String region, String cluster, List<String> instances) {
        List<ContainerInstance> out = new ArrayList<>();
        for (List<String> batch : Batches.of(instances, CONTAINER_INSTANCES_PER_CALL)) {
            DescribeContainerInstancesResponse r = rec.call(DESCRIBE_CONTAINER_INSTANCES.with("--cluster", cluster)
                    .withAll("--container-instances", batch).in(region),
                    () -> aws.ecs(region).describeContainerInstances(b -> b.cluster(cluster).containerInstances(batch)));
            if (r != null) out.addAll(r.containerInstances());
        }
        return out;
    }
}
