package io.ecstriage.collect;

import static io.ecstriage.collect.Nodes.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.ArrayList;
import java.util.List;

/** ELBv2 reads: target groups and load balancers (20 per call), listeners, target health. */
public final class ElbCollector implements Collector {
    static final AwsCall DESCRIBE_TARGET_GROUPS = AwsCall.of("elbv2", "describe-target-groups");
    static final AwsCall DESCRIBE_LOAD_BALANCERS = AwsCall.of("elbv2", "describe-load-balancers");
    static final AwsCall DESCRIBE_LISTENERS = AwsCall.of("elbv2", "describe-listeners");
    static final AwsCall DESCRIBE_TARGET_HEALTH = AwsCall.of("elbv2", "describe-target-health");
    static final int ARNS_PER_CALL = 20;
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

    public void describeListeners(String region, String loadBalancerArn) {
        rec.read(DESCRIBE_LISTENERS.with("--load-balancer-arn", loadBalancerArn).in(region),
                () -> aws.wire().paginate("elbv2", region, "DescribeListeners", params("LoadBalancerArn", loadBalancerArn), 0));
    }

    public void describeTargetHealth(String region, String targetGroupArn) {
        rec.read(DESCRIBE_TARGET_HEALTH.with("--target-group-arn", targetGroupArn).in(region),
                () -> aws.wire().call("elbv2", region, "DescribeTargetHealth", params("TargetGroupArn", targetGroupArn)));
    }
}
