package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.ingest.Capture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Live mode settles what it can by itself (docs/live.md, Settling hypotheses): of the open hypotheses' checks, the
 * reads a collector declares, with every value filled and not made yet, at most {@link #MAX_CALLS}, in parallel
 * through the session's clients. Their captures join the collection and the run is diagnosed once more; a read that
 * is denied or throttled becomes a gap, so its hypothesis stays open naming the IAM action.
 */
public final class HypothesisSettler {
    /** Reads per run: each open hypothesis has one check, and a few reads settle the likeliest ones. */
    public static final int MAX_CALLS = 10;
    private final Set<String> declared;
    private final CheckReads reads;
    private final Fanout fanout;
    private final String region;

    public HypothesisSettler(List<Collector> collectors, CheckReads reads, Fanout fanout, String region) {
        this.declared = collectors.stream().flatMap(c -> c.reads().stream()).map(c -> c.service() + " " + c.operation())
                .collect(Collectors.toSet());
        this.reads = reads;
        this.fanout = fanout;
        this.region = region;
    }

    /** The checks it would make, in the hypotheses' order: declared, filled, plain, not already captured. */
    public List<AwsCall> plan(List<AwsCall> checks, List<Capture> made) {
        List<AwsCall> answered = made.stream().filter(c -> c.output() != null).map(c -> AwsCall.parse(c.command()))
                .filter(java.util.Objects::nonNull).toList();
        // an operation the collection was refused (denied, throttled) would be refused again: its hypothesis names the action
        Set<String> refused = new java.util.HashSet<>();
        for (Capture c : made) {
            AwsCall call = c.error() == null ? null : AwsCall.parse(c.command());
            if (call != null && Recorder.refusal(c.error().path("code").asText())) refused.add(call.service() + " " + call.operation());
        }
        Map<String, AwsCall> out = new LinkedHashMap<>();
        for (AwsCall check : checks) {
            String op = check == null ? null : check.service() + " " + check.operation();
            if (check == null || !check.isRead() || !declared.contains(op) || refused.contains(op)) continue;
            AwsCall call = check.region() != null ? check : check.in(region);
            if (!call.placeholders().isEmpty() || !CheckReads.plain(call) || answered.stream().anyMatch(a -> covers(a, call))) continue;
            out.putIfAbsent(call.render(), call);
            if (out.size() == MAX_CALLS) break;
        }
        return List.copyOf(out.values());
    }

    /**
     * Whether read `a` answered `check` already: same operation and Region, and every value the check names among
     * a's (an ARN by its last path segment: a task definition's ARN and its family:revision are one), as a batch covers one id.
     */
    static boolean covers(AwsCall a, AwsCall check) {
        if (!a.service().equals(check.service()) || !a.operation().equals(check.operation())
                || !java.util.Objects.equals(a.region(), check.region())) return false;
        return values(a).containsAll(values(check));
    }

    private static Set<String> values(AwsCall call) {
        Set<String> out = new java.util.HashSet<>();
        call.options().forEach((name, values) -> {
            if (!name.equals("--region")) values.forEach(v -> out.add(v.startsWith("arn:") ? v.substring(v.lastIndexOf('/') + 1) : v));
        });
        return out;
    }

    /** Makes the planned reads; returns those a collector could make. */
    public List<AwsCall> settle(List<AwsCall> checks, List<Capture> made) {
        List<AwsCall> planned = plan(checks, made);
        List<AwsCall> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Runnable> round = new ArrayList<>();
        for (AwsCall call : planned) round.add(() -> { if (reads.run(call)) ran.add(call); });
        fanout.all(round);
        return planned.stream().filter(ran::contains).toList();
    }
}
