package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/** CloudFormation reads: the stack, its resources (all pages) and its most recent events. */
public final class CloudFormationCollector implements Collector {
    static final AwsCall DESCRIBE_STACKS = AwsCall.of("cloudformation", "describe-stacks");
    static final AwsCall LIST_STACK_RESOURCES = AwsCall.of("cloudformation", "list-stack-resources");
    static final AwsCall DESCRIBE_STACK_EVENTS = AwsCall.of("cloudformation", "describe-stack-events");
    /** Events are newest first; a long-lived stack has thousands, the last deployments are in the first few hundred. */
    static final int MAX_EVENTS = 200;
    private final AwsClients aws;
    private final Recorder rec;

    public CloudFormationCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    @Override
    public List<AwsCall> reads() {
        return List.of(DESCRIBE_STACKS, LIST_STACK_RESOURCES, DESCRIBE_STACK_EVENTS);
    }

    public Stack describeStack(String region, String stack) {
        DescribeStacksResponse r = rec.call(DESCRIBE_STACKS.with("--stack-name", stack).in(region),
                () -> aws.cloudFormation(region).describeStacks(b -> b.stackName(stack)));
        return r == null || r.stacks().isEmpty() ? null : r.stacks().get(0);
    }

    public List<StackResourceSummary> listStackResources(String region, String stack) {
        ListStackResourcesResponse r = rec.call(LIST_STACK_RESOURCES.with("--stack-name", stack)
                .in(region), () -> ListStackResourcesResponse.builder().stackResourceSummaries(
                        aws.cloudFormation(region).listStackResourcesPaginator(b -> b.stackName(stack)).stackResourceSummaries()
                                .stream().toList()).build());
        return r == null ? List.of() : r.stackResourceSummaries();
    }

    public void describeStackEvents(String region, String stack) {
        rec.call(DESCRIBE_STACK_EVENTS.with("--stack-name", stack)
                .with("--max-items", MAX_EVENTS).in(region), () -> {
                    List<StackEvent> events = new ArrayList<>();
                    for (StackEvent e : aws.cloudFormation(region).describeStackEventsPaginator(b -> b.stackName(stack)).stackEvents()) {
                        events.add(e);
                        if (events.size() >= MAX_EVENTS) break;
                    }
                    return DescribeStackEventsResponse.builder().stackEvents(events).build();
                });
    }
}
