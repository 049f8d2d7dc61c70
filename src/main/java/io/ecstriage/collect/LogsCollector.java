package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;

/** CloudWatch Logs reads: whether the awslogs groups exist, and the tail of a stopped task's stream. */
public final class LogsCollector {
    static final int TAIL_EVENTS = 50;
    private final AwsClients aws;
    private final Recorder rec;

    public LogsCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    /** The groups whose names start with `prefix` (all pages); null when the call failed. */
    public List<LogGroup> describeLogGroups(String region, String prefix) {
        DescribeLogGroupsResponse r = rec.call(AwsCall.of("logs", "describe-log-groups").with("--log-group-name-prefix", prefix)
                .in(region), () -> DescribeLogGroupsResponse.builder().logGroups(aws.logs(region)
                        .describeLogGroupsPaginator(b -> b.logGroupNamePrefix(prefix)).logGroups().stream().toList()).build());
        return r == null ? null : r.logGroups();
    }

    /** The last events of one stream (get-log-events reads from the end unless told --start-from-head). */
    public void tail(String region, String group, String stream) {
        rec.call(AwsCall.of("logs", "get-log-events").with("--log-group-name", group).with("--log-stream-name", stream)
                .with("--limit", TAIL_EVENTS).in(region), () -> aws.logs(region)
                .getLogEvents(b -> b.logGroupName(group).logStreamName(stream).limit(TAIL_EVENTS).startFromHead(false)));
    }
}
