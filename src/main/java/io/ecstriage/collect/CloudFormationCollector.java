package io.ecstriage.collect;

import static io.ecstriage.collect.Nodes.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;

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

    /** The stack (the first of `Stacks`), or null when it could not be read. */
    public JsonNode describeStack(String region, String stack) {
        ObjectNode r = rec.read(DESCRIBE_STACKS.with("--stack-name", stack).in(region),
                () -> aws.wire().call("cloudformation", region, "DescribeStacks", params("StackName", stack)));
        List<JsonNode> stacks = Nodes.list(r, "Stacks");
        return stacks.isEmpty() ? null : stacks.get(0);
    }

    public List<JsonNode> listStackResources(String region, String stack) {
        ObjectNode r = rec.read(LIST_STACK_RESOURCES.with("--stack-name", stack).in(region),
                () -> aws.wire().paginate("cloudformation", region, "ListStackResources", params("StackName", stack), 0));
        return Nodes.list(r, "StackResourceSummaries");
    }

    public void describeStackEvents(String region, String stack) {
        rec.read(DESCRIBE_STACK_EVENTS.with("--stack-name", stack).with("--max-items", MAX_EVENTS).in(region),
                () -> aws.wire().paginate("cloudformation", region, "DescribeStackEvents", params("StackName", stack), MAX_EVENTS));
    }
}
