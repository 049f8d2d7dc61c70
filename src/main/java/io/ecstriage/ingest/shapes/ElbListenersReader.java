package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.integer;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.Listener;
import java.util.ArrayList;
import java.util.List;

/** `aws elbv2 describe-listeners`: forward actions, plain or weighted. */
public final class ElbListenersReader implements ShapeReader {
    @Override
    public String shape() {
        return "elbv2 describe-listeners";
    }

    @Override
    public boolean accepts(JsonNode root) {
        return root.path("Listeners").isArray();
    }

    @Override
    public void read(JsonNode root, ReadContext ctx) {
        for (JsonNode l : array(root, "Listeners")) {
            List<String> tgs = new ArrayList<>();
            for (JsonNode a : array(l, "DefaultActions")) {
                if (text(a, "TargetGroupArn") != null) tgs.add(text(a, "TargetGroupArn"));
                for (JsonNode t : array(a.path("ForwardConfig"), "TargetGroups")) {
                    String arn = text(t, "TargetGroupArn");
                    if (arn != null && !tgs.contains(arn)) tgs.add(arn);
                }
            }
            String arn = text(l, "ListenerArn");
            ctx.add(new Listener(ctx.regionOf(arn), arn, text(l, "LoadBalancerArn"), integer(l, "Port", 0),
                    text(l, "Protocol"), tgs));
        }
    }
}
