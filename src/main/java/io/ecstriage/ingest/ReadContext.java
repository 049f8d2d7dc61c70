package io.ecstriage.ingest;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.model.Arns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a shape reader knows about the capture it reads, and where it puts the facts. */
public final class ReadContext {
    private final Capture capture;
    private final AwsCall command;
    private final String defaultRegion;
    private final List<Object> facts;
    /** "subnet without SubnetId" → how many: resources read without their id, never made facts. */
    private final Map<String, Integer> rejected = new LinkedHashMap<>();
    /** {@link #region()}, once asked: a log capture's reader asks once per event, and a large one has thousands. */
    private String region;

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
        if (region == null) {
            String own = capture.region() != null ? capture.region() : option("--region");
            region = own != null ? own : defaultRegion != null ? defaultRegion : "unknown";
        }
        return region;
    }

    /** An ARN's own region wins over the capture's. */
    public String regionOf(String arn) {
        String r = Arns.region(arn);
        return r != null ? r : region();
    }

    /** Adds a fact, unless it is a resource without its id (see {@link FactIdentity}): that one is counted as rejected. */
    public void add(Object fact) {
        String missing = FactIdentity.missingId(fact);
        if (missing == null) facts.add(fact);
        else rejected.merge(FactIdentity.noun(fact.getClass()) + " without " + missing, 1, Integer::sum);
    }

    /** Why resources of this capture were not read, e.g. "2 × subnet without SubnetId"; empty when none were dropped. */
    public List<String> rejected() {
        return rejected.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey()).toList();
    }
}
