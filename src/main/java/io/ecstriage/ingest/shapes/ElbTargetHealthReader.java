package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.integer;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.TargetHealth;

/** `aws elbv2 describe-target-health`: the target group ARN lives only in the command line. */
public final class ElbTargetHealthReader implements ShapeReader {
    @Override
    public String shape() {
        return "elbv2 describe-target-health";
    }

    @Override
    public boolean accepts(JsonNode root) {
        return root.path("TargetHealthDescriptions").isArray();
    }

    @Override
    public void read(JsonNode root, ReadContext ctx) {
        String tg = ctx.option("--target-group-arn");
        for (JsonNode d : array(root, "TargetHealthDescriptions")) {
            JsonNode target = d.path("Target");
            JsonNode health = d.path("TargetHealth");
            ctx.add(new TargetHealth(tg == null ? ctx.region() : ctx.regionOf(tg), tg, text(target, "Id"),
                    integer(target, "Port"), text(target, "AvailabilityZone"), text(d, "HealthCheckPort"),
                    text(health, "State"), text(health, "Reason"), text(health, "Description")));
        }
    }
}
