package io.ecstriage.collect;

import static io.ecstriage.collect.Nodes.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;

/** CloudWatch Logs reads: whether the awslogs groups exist (50 names per call), and the tail of a stopped task's stream. */
public final class LogsCollector implements Collector {
    static final AwsCall DESCRIBE_LOG_GROUPS = AwsCall.of("logs", "describe-log-groups");
    static final AwsCall GET_LOG_EVENTS = AwsCall.of("logs", "get-log-events");
    static final int TAIL_EVENTS = 50;
    /** DescribeLogGroups takes up to 50 names in logGroupIdentifiers. */
    static final int GROUPS_PER_CALL = 50;
    private final AwsClients aws;
    private final Recorder rec;

    public LogsCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    @Override
    public List<AwsCall> reads() {
        return List.of(DESCRIBE_LOG_GROUPS, GET_LOG_EVENTS);
    }

    /** The groups of these names that exist (all pages; at most {@link #GROUPS_PER_CALL} names); null when the call failed. */
    public List<JsonNode> describeLogGroups(String region, List<String> names) {
        ObjectNode r = rec.read(DESCRIBE_LOG_GROUPS.withAll("--log-group-identifiers", names).in(region),
                () -> aws.wire().paginate("logs", region, "DescribeLogGroups", params("logGroupIdentifiers", names), 0));
        return r == null ? null : Nodes.list(r, "logGroups");
    }

    /** As {@link #tail}, but read now, before the group is known to exist: recorded by {@link Recorder#keep} ({@link Recorder#readAhead}). */
    public Recorder.Ahead tailAhead(String region, String group, String stream) {
        return rec.readAhead(tailCall(region, group, stream),
                () -> aws.wire().callOnce("logs", region, "GetLogEvents", tailParams(group, stream)), () -> tail(region, group, stream));
    }

    /** The last events of one stream (get-log-events reads from the end unless told --start-from-head). */
    public void tail(String region, String group, String stream) {
        rec.read(tailCall(region, group, stream), () -> aws.wire().call("logs", region, "GetLogEvents", tailParams(group, stream)));
    }

    private static AwsCall tailCall(String region, String group, String stream) {
        return GET_LOG_EVENTS.with("--log-group-name", group).with("--log-stream-name", stream).with("--limit", TAIL_EVENTS).in(region);
    }

    private static java.util.Map<String, Object> tailParams(String group, String stream) {
        return params("logGroupName", group, "logStreamName", stream, "limit", TAIL_EVENTS, "startFromHead", false);
    }
}
