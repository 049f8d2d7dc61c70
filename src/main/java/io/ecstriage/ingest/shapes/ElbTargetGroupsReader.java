package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.bool;
import static io.ecstriage.ingest.Json.integer;
import static io.ecstriage.ingest.Json.strings;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.TargetGroup;

/** `aws elbv2 describe-target-groups`. */
public final class ElbTargetGroupsReader implements ShapeReader {
    @Override
    public String shape() {
        return "elbv2 describe-target-groups";
    }

    @Override
    public boolean accepts(JsonNode root) {
        return root.path("TargetGroups").isArray();
    }

    @Override
    public void read(JsonNode root, ReadContext ctx) {
        for (JsonNode tg : array(root, "TargetGroups")) {
            String arn = text(tg, "TargetGroupArn");
            ctx.add(new TargetGroup(ctx.regionOf(arn), arn, text(tg, "TargetGroupName"), text(tg, "Protocol"),
                    integer(tg, "Port"), text(tg, "VpcId"), text(tg, "TargetType"), text(tg, "HealthCheckProtocol"),
                    text(tg, "HealthCheckPort"), text(tg, "HealthCheckPath"), bool(tg, "HealthCheckEnabled"),
                    text(tg.path("Matcher"), "HttpCode"), strings(tg, "LoadBalancerArns")));
        }
    }
}
