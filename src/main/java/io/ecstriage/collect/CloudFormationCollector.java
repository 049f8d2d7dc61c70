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
public final class CloudFormationCollector {
    /** Events are newest first; a long-lived stack has thousands, the last deployments are in the first few hundred. */
    static final int MAX_EVENTS = 200;
    private final AwsClients aws;
    private final Recorder rec;

    public CloudFormationCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    public Stack describeStack(String region, String stack) {
        DescribeStacksResponse r = rec.call(AwsCall.of("cloudformation", "describe-stacks").with("--stack-name", stack).in(region),
                () -> aws.cloudFormation(region).describeStacks(b -> b.stackName(stack)));
        return r == null || r.stacks().isEmpty() ? null : r.stacks().get(0);
    }

    public List<StackResourceSummary> listStackResources(String region, String stack) {
        ListStackResourcesResponse r = rec.call(AwsCall.of("cloudformation", "list-stack-resources").with("--stack-name", stack)
                .in(region), () -> ListStackResourcesResponse.builder().stackResourceSummaries(
                        aws.cloudFormation(region).listStackResourcesPaginator(b -> b.stackName(stack)).stackResourceSummaries()
                                .stream().toList()).build());
        return r == null ? List.of() : r.stackResourceSummaries();
    }

    public void describeStackEvents(String region, String stack) {
        rec.call(AwsCall.of("cloudformation", "describe-stack-events").with("--stack-name", stack)
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
