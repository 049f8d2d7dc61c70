package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.integer;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.ingest.Times;
import io.ecstriage.model.Arns;
import io.ecstriage.model.EcsContainer;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.PlacementFailure;
import io.ecstriage.model.TaskOnInstance;
import io.ecstriage.model.TextSignal;
import io.ecstriage.model.TextSignal.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** `aws ecs describe-tasks` ({"tasks": [...]}) and single-task answers ({"task": {...}}). */
public final class EcsTasksReader implements ShapeReader {
    @Override
    public String shape() {
        return "ecs describe-tasks";
    }

    @Override
    public boolean accepts(JsonNode root) {
        return root.path("tasks").isArray() || root.path("task").isObject() && root.path("task").has("taskArn");
    }

    @Override
    public void read(JsonNode root, ReadContext ctx) {
        if (root.has("task")) readTask(root.get("task"), ctx);
        for (JsonNode t : array(root, "tasks")) readTask(t, ctx);
        // run-task and start-task say here why the scheduler placed nothing (RESOURCE:MEMORY, AGENT, ATTRIBUTE)
        for (JsonNode f : array(root, "failures")) {
            String reason = text(f, "reason");
            if (reason != null && !"MISSING".equals(reason)) {
                String failure = ContainerInstanceReaders.failure(f);
                ctx.add(TextSignal.of(Origin.COMMAND_ERROR, ctx.capture().command() != null ? ctx.capture().command() : text(f, "arn"),
                        failure, null));
                ctx.add(new PlacementFailure(ctx.regionOf(text(f, "arn")), ctx.capture().command(), text(f, "arn"), reason, failure));
            }
        }
    }

    private void readTask(JsonNode t, ReadContext ctx) {
        String arn = text(t, "taskArn");
        String region = ctx.regionOf(arn);
        String taskId = Arns.lastSegment(arn);
        String subnet = null;
        String eni = null;
        String ip = null;
        for (JsonNode a : array(t, "attachments")) {
            if (!"ElasticNetworkInterface".equals(text(a, "type"))) continue;
            for (JsonNode d : array(a, "details")) {
                String name = text(d, "name");
                if ("subnetId".equals(name)) subnet = text(d, "value");
                if ("networkInterfaceId".equals(name)) eni = text(d, "value");
                if ("privateIPv4Address".equals(name)) ip = text(d, "value");
            }
        }
        Instant stoppedAt = Times.instant(t.get("stoppedAt"));
        List<EcsContainer> containers = new ArrayList<>();
        List<TaskOnInstance.Binding> bindings = new ArrayList<>();
        for (JsonNode c : array(t, "containers")) {
            if (ip == null) {
                for (JsonNode ni : array(c, "networkInterfaces")) {
                    if (text(ni, "privateIpv4Address") != null) ip = text(ni, "privateIpv4Address");
                }
            }
            EcsContainer container = new EcsContainer(region, arn, taskId, text(c, "name"), text(c, "image"),
                    text(c, "lastStatus"), integer(c, "exitCode"), text(c, "reason"), text(c, "healthStatus"));
            containers.add(container);
            for (JsonNode b : array(c, "networkBindings")) {
                bindings.add(new TaskOnInstance.Binding(container.name(), integer(b, "containerPort"), integer(b, "hostPort"), text(b, "protocol")));
            }
            ctx.add(container);
            if (container.reason() != null) {
                ctx.add(TextSignal.of(Origin.CONTAINER, arn, container.reason(), stoppedAt));
            }
        }
        EcsTask task = new EcsTask(region, arn, taskId, text(t, "clusterArn"), text(t, "taskDefinitionArn"),
                text(t, "group"), text(t, "lastStatus"), text(t, "desiredStatus"), text(t, "stopCode"),
                text(t, "stoppedReason"), Times.instant(t.get("createdAt")), stoppedAt, text(t, "launchType"),
                text(t, "availabilityZone"), subnet, eni, ip, text(t, "healthStatus"), containers);
        ctx.add(task);
        String instance = text(t, "containerInstanceArn");
        if (instance != null) ctx.add(new TaskOnInstance(region, arn, taskId, task.serviceKey(), instance, bindings));
        if (task.stoppedReason() != null) {
            ctx.add(TextSignal.of(Origin.STOPPED_TASK, arn, task.stoppedReason(), stoppedAt));
        }
    }
}
