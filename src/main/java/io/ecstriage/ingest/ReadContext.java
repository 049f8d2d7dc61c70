package io.ecstriage.ingest;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.model.Arns;
import java.util.List;

/** What a shape reader knows about the capture it reads, and where it puts the facts. */
public final class ReadContext {
    private final Capture capture;
    private final AwsCall command;
    private final String defaultRegion;
    private final List<Object> facts;

    public ReadContext(Capture capture, String defaultRegion, List<Object> facts) {
        this.capture = capture;
        this.command = AwsCall.parse(capture.command());
        this.defaultRegion = defaultRegion;
        this.facts = facts;
    }

    public Capture capture() {
        return capture;
    }

    /** The parsed command line, or null when the capture has none. */
    public AwsCall command() {
        return command;
    }

    public String option(String name) {
        return command == null ? null : command.first(name);
    }

    public List<String> options(String name) {
        return command == null ? List.of() : command.all(name);
    }

    /** The capture's region: its own, its command's --region, the fixture's, or "unknown". */
    public String region() {
        if (capture.region() != null) return capture.region();
        String r = option("--region");
        if (r != null) return r;
        return defaultRegion != null ? defaultRegion : "unknown";
    }

    /** An ARN's own region wins over the capture's. */
    public String regionOf(String arn) {
        String r = Arns.region(arn);
        return r != null ? r : region();
    }

    public void add(Object fact) {
        facts.add(fact);
    }
}
