package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.bool;
import static io.ecstriage.ingest.Json.integer;
import static io.ecstriage.ingest.Json.strings;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.ingest.Times;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.ServiceEvent;
import io.ecstriage.model.ServiceKey;
import io.ecstriage.model.ServiceLoadBalancer;
import io.ecstriage.model.TextSignal;
import io.ecstriage.model.TextSignal.Origin;
import java.util.ArrayList;
import java.util.List;

/** `aws ecs describe-services` ({"services": [...]}) and create/update-service answers ({"service": {...}}). */
public final class EcsServicesReader implements ShapeReader {
    @Override
    public String shape() {
        return "ecs describe-services";
    }

    @Override
    public boolean accepts(JsonNode root) {
        return root.path("services").isArray() || root.path("service").isObject() && root.path("service").has("serviceName");
    }

    @Override
    public void read(JsonNode root, ReadContext ctx) {
        if (root.has("service")) readService(root.get("service"), ctx);
        for (JsonNode s : array(root, "services")) readService(s, ctx);
    }

    private void readService(JsonNode s, ReadContext ctx) {
        String arn = text(s, "serviceArn");
        String region = ctx.regionOf(arn);
        String name = text(s, "serviceName");
        String key = ServiceKey.of(region, text(s, "clusterArn"), name);
        JsonNode vpc = s.path("networkConfiguration").path("awsvpcConfiguration");
        if (vpc.isMissingNode()) {
            for (JsonNode d : array(s, "deployments")) {
                if ("PRIMARY".equals(text(d, "status"))) vpc = d.path("networkConfiguration").path("awsvpcConfiguration");
            }
        }
        List<ServiceLoadBalancer> lbs = new ArrayList<>();
        for (JsonNode lb : array(s, "loadBalancers")) {
            ServiceLoadBalancer slb = new ServiceLoadBalancer(region, name, text(lb, "targetGroupArn"),
                    text(lb, "containerName"), integer(lb, "containerPort"), key);
            lbs.add(slb);
            ctx.add(slb);
        }
        ctx.add(new EcsService(region, arn, name, text(s, "clusterArn"), text(s, "status"), text(s, "taskDefinition"),
                integer(s, "desiredCount", 0), integer(s, "runningCount", 0), integer(s, "pendingCount", 0),
                text(s, "launchType"), strings(vpc, "subnets"), strings(vpc, "securityGroups"),
                text(vpc, "assignPublicIp"), lbs, integer(s, "healthCheckGracePeriodSeconds"),
                bool(s, "enableExecuteCommand")));
        for (JsonNode d : array(s, "deployments")) {
            ServiceDeployment dep = new ServiceDeployment(region, name, text(d, "id"), text(d, "status"),
                    text(d, "taskDefinition"), text(d, "rolloutState"), text(d, "rolloutStateReason"),
                    integer(d, "failedTasks", 0), integer(d, "desiredCount", 0), integer(d, "runningCount", 0),
                    Times.instant(d.get("updatedAt")), key);
            ctx.add(dep);
            if (dep.rolloutStateReason() != null && !"COMPLETED".equals(dep.rolloutState())) {
                ctx.add(TextSignal.of(Origin.DEPLOYMENT, dep.id(), dep.rolloutStateReason(), dep.updatedAt()));
            }
        }
        for (JsonNode e : array(s, "events")) {
            ServiceEvent event = new ServiceEvent(region, name, Times.instant(e.get("createdAt")), text(e, "message"));
            if (event.message() == null) continue;
            ctx.add(event);
            ctx.add(TextSignal.of(Origin.SERVICE_EVENT, name, event.message(), event.createdAt()));
        }
    }
}
