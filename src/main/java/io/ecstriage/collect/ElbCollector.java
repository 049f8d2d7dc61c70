package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

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

    public List<TargetGroup> describeTargetGroups(String region, List<String> arns) {
        List<TargetGroup> out = new ArrayList<>();
        for (List<String> batch : Batches.of(arns, ARNS_PER_CALL)) {
            DescribeTargetGroupsResponse r = rec.call(DESCRIBE_TARGET_GROUPS
                    .withAll("--target-group-arns", batch).in(region), () -> DescribeTargetGroupsResponse.builder().targetGroups(
                            aws.elbv2(region).describeTargetGroupsPaginator(b -> b.targetGroupArns(batch)).targetGroups().stream().toList()).build());
            if (r != null) out.addAll(r.targetGroups());
        }
        return out;
    }

    public List<LoadBalancer> describeLoadBalancers(String region, List<String> arns) {
        List<LoadBalancer> out = new ArrayList<>();
        for (List<String> batch : Batches.of(arns, ARNS_PER_CALL)) {
            DescribeLoadBalancersResponse r = rec.call(DESCRIBE_LOAD_BALANCERS
                    .withAll("--load-balancer-arns", batch).in(region), () -> DescribeLoadBalancersResponse.builder().loadBalancers(
                            aws.elbv2(region).describeLoadBalancersPaginator(b -> b.loadBalancerArns(batch)).loadBalancers().stream().toList()).build());
            if (r != null) out.addAll(r.loadBalancers());
        }
        return out;
    }

    public void describeListeners(String region, String loadBalancerArn) {
        rec.call(DESCRIBE_LISTENERS.with("--load-balancer-arn", loadBalancerArn).in(region),
                () -> DescribeListenersResponse.builder().listeners(aws.elbv2(region)
                        .describeListenersPaginator(b -> b.loadBalancerArn(loadBalancerArn)).listeners().stream().toList()).build());
    }

    public void describeTargetHealth(String region, String targetGroupArn) {
        rec.call(DESCRIBE_TARGET_HEALTH.with("--target-group-arn", targetGroupArn).in(region),
                () -> aws.elbv2(region).describeTargetHealth(b -> b.targetGroupArn(targetGroupArn)));
    }
}
