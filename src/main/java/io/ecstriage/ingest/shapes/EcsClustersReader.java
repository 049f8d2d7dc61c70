package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.integer;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.EcsCluster;

/** `aws ecs describe-clusters`. */
public final class EcsClustersReader implements ShapeReader {
    @Override
    public String shape() {
        return "ecs describe-clusters";
    }

    @Override
    public boolean accepts(JsonNode root) {
        return root.path("clusters").isArray();
    }

    @Override
    public void read(JsonNode root, ReadContext ctx) {
        for (JsonNode c : array(root, "clusters")) {
            String arn = text(c, "clusterArn");
            ctx.add(new EcsCluster(ctx.regionOf(arn), arn, text(c, "clusterName"), text(c, "status"),
                    integer(c, "runningTasksCount", 0), integer(c, "pendingTasksCount", 0)));
        }
    }
}
