package io.ecstriage.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.aws.AwsClients;
import io.ecstriage.ingest.Capture;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cheap reads `watch` repeats while a deployment is in progress: the stack and its newest events (and, once
 * the stack has made them, its ECS services), the services' deployments and events, and the tasks that stopped
 * since the last poll. Everything else (task definitions, logs, images, network) is a full collection, which
 * `watch` runs only when a poll shows a new failure.
 */
public final class WatchPoller {
    private final AwsClients aws;
    private final Clock clock;
    private final Target target;
    private final Set<String> seenStopped = new LinkedHashSet<>();
    /** cluster → services, from the target or found among the stack's resources. */
    private final Map<String, Set<String>> services = new LinkedHashMap<>();

    WatchPoller(AwsClients aws, Clock clock, Target target) {
        this.aws = aws;
        this.clock = clock;
        this.target = target;
        if (target.cluster() != null) services.put(target.cluster(), new LinkedHashSet<>(target.services()));
    }

    /** What one poll read, and how many tasks stopped since the previous one. */
    public record Poll(java.time.Instant at, List<Capture> captures, int newlyStopped, int calls) {}

    public Poll poll() {
        java.time.Instant at = clock.instant();
        Recorder rec = new Recorder(Progress.off());
        String region = aws.region();
        int before = aws.counter().total();
        if (target.stack() != null) {
            CloudFormationCollector cfn = new CloudFormationCollector(aws, rec);
            cfn.describeStack(region, target.stack());
            cfn.describeStackEvents(region, target.stack());
            if (services.isEmpty()) {
                for (JsonNode r : cfn.listStackResources(region, target.stack())) {
                    String id = Nodes.text(r, "PhysicalResourceId");
                    if ("AWS::ECS::Service".equals(Nodes.text(r, "ResourceType")) && id != null && id.startsWith("arn:")) {
                        String[] parts = id.substring(id.indexOf(":service/") + 1).split("/");
                        if (parts.length == 3) services.computeIfAbsent(parts[1], k -> new LinkedHashSet<>()).add(parts[2]);
                    }
                }
            }
        }
        EcsCollector ecs = new EcsCollector(aws, rec);
        int newlyStopped = 0;
        for (Map.Entry<String, Set<String>> e : services.entrySet()) {
            String cluster = e.getKey();
            List<String> names = new ArrayList<>(e.getValue());
            if (names.isEmpty()) names.addAll(ecs.listServices(region, cluster));
            List<JsonNode> described = ecs.describeServices(region, cluster, names);
            List<String> fresh = new ArrayList<>();
            for (JsonNode s : described) {
                for (String arn : ecs.listTasks(region, cluster, Nodes.text(s, "serviceName"), EcsCollector.STOPPED)) {
                    if (seenStopped.add(arn)) fresh.add(arn);
                }
            }
            if (!fresh.isEmpty()) ecs.describeTasks(region, cluster, fresh);
            newlyStopped += fresh.size();
        }
        return new Poll(at, rec.captures(), newlyStopped, aws.counter().total() - before);
    }
}
