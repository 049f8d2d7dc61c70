package io.ecstriage.collect;

import static io.ecstriage.collect.Nodes.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import io.ecstriage.aws.wire.WireException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ELBv2 reads: target groups and load balancers (20 per call), listeners, target health. */
public final class ElbCollector implements Collector {
    static final AwsCall DESCRIBE_TARGET_GROUPS = AwsCall.of("elbv2", "describe-target-groups");
    static final AwsCall DESCRIBE_LOAD_BALANCERS = AwsCall.of("elbv2", "describe-load-balancers");
    static final AwsCall DESCRIBE_LISTENERS = AwsCall.of("elbv2", "describe-listeners");
    static final AwsCall DESCRIBE_TARGET_HEALTH = AwsCall.of("elbv2", "describe-target-health");
    static final int ARNS_PER_CALL = 20;
    /** The most balancers describe-load-balancers gives on one page. */
    static final int BALANCERS_PER_PAGE = 400;
    private final AwsClients aws;
    private final Recorder rec;

    public ElbCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    @Override
    public List<AwsCall> reads() {
        return List.of(DESCRIBE_TARGET_GROUPS, DESCRIBE_LOAD_BALANCERS, DESCRIBE_LISTENERS, DESCRIBE_TARGET_HEALTH);
    }

    public List<JsonNode> describeTargetGroups(String region, List<String> arns) {
        List<JsonNode> out = new ArrayList<>();
        for (List<String> batch : Batches.of(arns, ARNS_PER_CALL)) {
            ObjectNode r = rec.read(DESCRIBE_TARGET_GROUPS.withAll("--target-group-arns", batch).in(region),
                    () -> aws.wire().paginate("elbv2", region, "DescribeTargetGroups", params("TargetGroupArns", batch), 0));
            out.addAll(Nodes.list(r, "TargetGroups"));
        }
        return out;
    }

    public List<JsonNode> describeLoadBalancers(String region, List<String> arns) {
        List<JsonNode> out = new ArrayList<>();
        for (List<String> batch : Batches.of(arns, ARNS_PER_CALL)) {
            ObjectNode r = rec.read(DESCRIBE_LOAD_BALANCERS.withAll("--load-balancer-arns", batch).in(region),
                    () -> aws.wire().paginate("elbv2", region, "DescribeLoadBalancers", params("LoadBalancerArns", batch), 0));
            out.addAll(Nodes.list(r, "LoadBalancers"));
        }
        return out;
    }

    /**
     * Every balancer of the Region, one page sent once, before it is known which are wanted: a service's target groups
     * name their balancers a round after the service names the groups, and each balancer's security groups are read a
     * round after that. Null when the read failed or the Region has more than one page; nothing is recorded here
     * ({@link #describeLoadBalancers(String, List, List)} records what is taken from it).
     */
    public List<JsonNode> everyLoadBalancerAhead(String region) {
        try {
            ObjectNode r = aws.wire().callOnce("elbv2", region, "DescribeLoadBalancers", params("PageSize", BALANCERS_PER_PAGE));
            return r.hasNonNull("NextMarker") ? null : Nodes.list(r, "LoadBalancers");
        } catch (WireException e) {
            return null;
        }
    }

    /**
     * As {@link #describeLoadBalancers(String, List)}, taken from `every` (the Region's balancers read ahead; null when
     * unknown) when it holds them all, and recorded as the read by ARN it stands for: the same answer, without the
     * Region's other balancers. Else read by ARN as before.
     */
    public List<JsonNode> describeLoadBalancers(String region, List<String> arns, List<JsonNode> every) {
        Map<String, JsonNode> byArn = new HashMap<>();
        if (every != null) for (JsonNode lb : every) byArn.put(Nodes.text(lb, "LoadBalancerArn"), lb);
        if (!byArn.keySet().containsAll(arns)) return describeLoadBalancers(region, arns);
        List<JsonNode> out = new ArrayList<>();
        for (List<String> batch : Batches.of(arns, ARNS_PER_CALL)) {
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            ArrayNode balancers = answer.putArray("LoadBalancers");
            batch.forEach(arn -> balancers.add(byArn.get(arn)));
            rec.answered(DESCRIBE_LOAD_BALANCERS.withAll("--load-balancer-arns", batch).in(region), answer);
            out.addAll(Nodes.list(answer, "LoadBalancers"));
        }
        return out;
    }

    public void describeListeners(String region, String loadBalancerArn) {
        rec.read(DESCRIBE_LISTENERS.with("--load-balancer-arn", loadBalancerArn).in(region),
                () -> aws.wire().paginate("elbv2", region, "DescribeListeners", params("LoadBalancerArn", loadBalancerArn), 0));
    }

    public void describeTargetHealth(String region, String targetGroupArn) {
        rec.read(DESCRIBE_TARGET_HEALTH.with("--target-group-arn", targetGroupArn).in(region),
                () -> aws.wire().call("elbv2", region, "DescribeTargetHealth", params("TargetGroupArn", targetGroupArn)));
    }
}
