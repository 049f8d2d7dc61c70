package io.ecstriage.collect;

import static io.ecstriage.collect.Nodes.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.ArrayList;
import java.util.List;

/**
 * ECS reads: clusters, services (10 per call), task lists, tasks (100 per call), task definitions, container instances;
 * the lists of clusters and services name what exists when a name asked for does not. Answers are the CLI's JSON.
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
    public static final String RUNNING = "RUNNING";
    public static final String STOPPED = "STOPPED";
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
        ObjectNode r = rec.read(LIST_SERVICES.with("--cluster", cluster).in(region),
                () -> aws.wire().paginate("ecs", region, "ListServices", params("cluster", cluster), 0));
        return Nodes.texts(r, "serviceArns");
    }

    /** Every cluster ARN of the Region (all pages); empty when the call failed. */
    public List<String> listClusters(String region) {
        ObjectNode r = rec.read(LIST_CLUSTERS.in(region), () -> aws.wire().paginate("ecs", region, "ListClusters", params(), 0));
        return Nodes.texts(r, "clusterArns");
    }

    /** @return the clusters asked for that ECS reports MISSING (or INACTIVE) */
    public List<String> describeClusters(String region, List<String> clusters) {
        List<String> missing = new ArrayList<>();
        for (List<String> batch : Batches.of(clusters, 100)) {
            ObjectNode r = rec.read(DESCRIBE_CLUSTERS.withAll("--clusters", batch).in(region),
                    () -> aws.wire().call("ecs", region, "DescribeClusters", params("clusters", batch)));
            if (r == null) continue;
            for (String c : batch) {
                boolean active = Nodes.list(r, "clusters").stream().anyMatch(x -> (c.equals(Nodes.text(x, "clusterName"))
                        || c.equals(Nodes.text(x, "clusterArn"))) && !"INACTIVE".equals(Nodes.text(x, "status")));
                if (!active) missing.add(c);
            }
        }
        return missing;
    }

    public List<JsonNode> describeServices(String region, String cluster, List<String> services) {
        return describeServices(region, cluster, services, new ArrayList<>());
    }

    /** The services found; those ECS reports under `failures` as MISSING are added to `missing`, by the name asked. */
    public List<JsonNode> describeServices(String region, String cluster, List<String> services, List<String> missing) {
        List<JsonNode> out = new ArrayList<>();
        for (List<String> batch : Batches.of(services, SERVICES_PER_CALL)) {
            ObjectNode r = rec.read(DESCRIBE_SERVICES.with("--cluster", cluster).withAll("--services", batch).in(region),
                    () -> aws.wire().call("ecs", region, "DescribeServices", params("cluster", cluster, "services", batch)));
            if (r == null) continue;
            out.addAll(Nodes.list(r, "services"));
            for (JsonNode f : Nodes.list(r, "failures")) {
                String arn = Nodes.text(f, "arn");
                if (!"MISSING".equals(Nodes.text(f, "reason")) || arn == null) continue;
                String name = arn.substring(arn.lastIndexOf('/') + 1);
                batch.stream().filter(s -> s.equals(arn) || s.equals(name)).findFirst().ifPresentOrElse(missing::add, () -> missing.add(name));
            }
        }
        return out;
    }

    /** Task ARNs of a cluster, or of one service when `service` is given, in the desired status ({@link #RUNNING} or {@link #STOPPED}). */
    public List<String> listTasks(String region, String cluster, String service, String status) {
        AwsCall cmd = LIST_TASKS.with("--cluster", cluster).with("--service-name", service);
        if (STOPPED.equals(status)) cmd = cmd.with("--desired-status", STOPPED);
        ObjectNode r = rec.read(cmd.in(region), () -> aws.wire().paginate("ecs", region, "ListTasks",
                params("cluster", cluster, "serviceName", service, "desiredStatus", status), 0));
        return Nodes.texts(r, "taskArns");
    }

    public List<JsonNode> describeTasks(String region, String cluster, List<String> tasks) {
        List<JsonNode> out = new ArrayList<>();
        for (List<String> batch : Batches.of(tasks, TASKS_PER_CALL)) {
            ObjectNode r = rec.read(DESCRIBE_TASKS.with("--cluster", cluster).withAll("--tasks", batch).in(region),
                    () -> aws.wire().call("ecs", region, "DescribeTasks", params("cluster", cluster, "tasks", batch)));
            out.addAll(Nodes.list(r, "tasks"));
        }
        return out;
    }

    /** The task definition (its `taskDefinition` member), or null when the call failed. */
    public JsonNode describeTaskDefinition(String region, String taskDefinition) {
        ObjectNode r = rec.read(DESCRIBE_TASK_DEFINITION.with("--task-definition", taskDefinition).in(region),
                () -> aws.wire().call("ecs", region, "DescribeTaskDefinition", params("taskDefinition", taskDefinition)));
        return r == null ? null : r.get("taskDefinition");
    }

    /** Every container instance ARN of the cluster (all pages, every status): an empty answer means no EC2 capacity at all. */
    public List<String> listContainerInstances(String region, String cluster) {
        ObjectNode r = rec.read(LIST_CONTAINER_INSTANCES.with("--cluster", cluster).in(region),
                () -> aws.wire().paginate("ecs", region, "ListContainerInstances", params("cluster", cluster), 0));
        return Nodes.texts(r, "containerInstanceArns");
    }

    public List<JsonNode> describeContainerInstances(String region, String cluster, List<String> instances) {
        List<JsonNode> out = new ArrayList<>();
        for (List<String> batch : Batches.of(instances, CONTAINER_INSTANCES_PER_CALL)) {
            ObjectNode r = rec.read(DESCRIBE_CONTAINER_INSTANCES.with("--cluster", cluster).withAll("--container-instances", batch).in(region),
                    () -> aws.wire().call("ecs", region, "DescribeContainerInstances", params("cluster", cluster, "containerInstances", batch)));
            out.addAll(Nodes.list(r, "containerInstances"));
        }
        return out;
    }
}
