package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.strings;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.ingest.Times;
import io.ecstriage.model.LoadBalancer;
import java.util.ArrayList;
import java.util.List;

/** `aws elbv2 describe-load-balancers`. */
public final class ElbLoadBalancersReader implements ShapeReader {
    @Override
    public String shape() {
        return "elbv2 describe-load-balancers";
    }

    @Override
    public boolean accepts(JsonNode root) {
        return root.path("LoadBalancers").isArray();
    }

    @Override
    public void read(JsonNode root, ReadContext ctx) {
        for (JsonNode lb : array(root, "LoadBalancers")) {
            String arn = text(lb, "LoadBalancerArn");
            List<LoadBalancer.Zone> zones = new ArrayList<>();
            for (JsonNode z : array(lb, "AvailabilityZones")) zones.add(new LoadBalancer.Zone(text(z, "ZoneName"), text(z, "SubnetId")));
            ctx.add(new LoadBalancer(ctx.regionOf(arn), arn, text(lb, "LoadBalancerName"), text(lb, "DNSName"),
                    text(lb, "Scheme"), text(lb, "Type"), text(lb.path("State"), "Code"), text(lb, "VpcId"),
                    strings(lb, "SecurityGroups"), zones, Times.instant(lb.get("CreatedTime"))));
        }
    }
}
