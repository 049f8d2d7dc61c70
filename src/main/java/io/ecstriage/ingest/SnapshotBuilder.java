package io.ecstriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.concurrent.InOrder;
import io.ecstriage.ingest.shapes.ShapeReaders;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.CollectionGap;
import io.ecstriage.model.IgnoredInput;
import io.ecstriage.model.Regional;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TargetGroup;
import io.ecstriage.model.TargetHealth;
import io.ecstriage.model.TextSignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns parsed captures into a Snapshot of facts; unknown shapes are listed, never fatal. */
public final class SnapshotBuilder {
    private final List<ShapeReader> readers;
    private final TextCaptureReader textReader = new TextCaptureReader();

    public SnapshotBuilder(JsonTrees json) {
        this.readers = ShapeReaders.all(json);
    }

    /** True when one of the shape readers knows this document. */
    public boolean recognises(JsonNode output) {
        return output.isObject() && readers.stream().anyMatch(r -> r.accepts(output));
    }

    /** Below this many captures one thread reads them sooner than several start (a large account has thousands). */
    static final int SPLIT_FROM_CAPTURES = 500;

    /** @param regionOverride the region the user named (--region), or null */
    public Snapshot build(ParsedInput input, String regionOverride) {
        return build(input, regionOverride, input.captures().size() < SPLIT_FROM_CAPTURES ? 1 : InOrder.threadsFor(Integer.MAX_VALUE));
    }

    /** As {@link #build(ParsedInput, String)}, the captures read on up to `threads` threads: the result does not depend on how many. */
    Snapshot build(ParsedInput input, String regionOverride, int threads) {
        String defaultRegion = regionOverride != null ? regionOverride : input.region();
        List<Capture> captures = input.captures();
        // readers only add to the capture's own lists, so contiguous runs of captures can be read apart and joined in order
        int runs = threads <= 1 ? 1 : Math.min(captures.size(), threads * 4);
        List<Callable<Read>> jobs = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            List<Capture> run = captures.subList(captures.size() * r / runs, captures.size() * (r + 1) / runs);
            jobs.add(() -> read(run, defaultRegion));
        }
        List<Object> facts = new ArrayList<>();
        List<String> recognised = new ArrayList<>();
        List<IgnoredInput> ignored = new ArrayList<>();
        List<TargetGroup> targetGroups = new ArrayList<>();
        for (Read read : InOrder.run(jobs, threads)) {
            facts.addAll(read.facts());
            recognised.addAll(read.recognised());
            ignored.addAll(read.ignored());
            targetGroups.addAll(read.targetGroups());
        }
        if (targetGroups.size() == 1) attributeLoneTargetHealth(facts, targetGroups.get(0));
        String region = defaultRegion != null ? defaultRegion : dominantRegion(facts);
        return new Snapshot(input.name(), input.description(), region, input.capturedAt(), facts, recognised, ignored);
    }

    /** What a run of captures yields, in capture order; its target groups, up to two, found as its captures are read. */
    private record Read(List<Object> facts, List<String> recognised, List<IgnoredInput> ignored, List<TargetGroup> targetGroups) {}

    private Read read(List<Capture> captures, String defaultRegion) {
        List<Object> facts = new ArrayList<>();
        List<String> recognised = new ArrayList<>();
        List<IgnoredInput> ignored = new ArrayList<>();
        List<TargetGroup> targetGroups = new ArrayList<>();
        for (Capture capture : captures) {
            int before = facts.size();
            ReadContext ctx = new ReadContext(capture, defaultRegion, facts);
            if (capture.output() != null) readOutput(capture, ctx, recognised, ignored);
            if (capture.text() != null && !capture.text().isBlank()) {
                textReader.read(ctx);
                recognised.add(capture.source() + ": text");
            }
            if (capture.error() != null) {
                JsonNode e = capture.error();
                facts.add(new CollectionGap(ctx.region(), capture.command(), InputParser.text(e, "code"),
                        InputParser.text(e, "message"), InputParser.text(e, "iamAction")));
                recognised.add(capture.source() + ": collection gap");
            }
            if (capture.output() == null && capture.error() == null && (capture.text() == null || capture.text().isBlank())) {
                ignored.add(new IgnoredInput(capture.source(), List.of(), "capture has neither \"output\" nor \"text\""));
            }
            if (!ctx.rejected().isEmpty()) {
                ignored.add(new IgnoredInput(capture.source(), List.of(), "resources without their id left out: " + String.join(", ", ctx.rejected())));
            }
            for (int i = before; i < facts.size() && targetGroups.size() < 2; i++) {
                if (facts.get(i) instanceof TargetGroup tg) targetGroups.add(tg);
            }
        }
        return new Read(facts, recognised, ignored, targetGroups);
    }

    private void readOutput(Capture capture, ReadContext ctx, List<String> recognised, List<IgnoredInput> ignored) {
        JsonNode output = capture.output();
        if (output.isArray() && readMessages(output, capture, ctx)) {
            recognised.add(capture.source() + ": " + output.size() + " messages");
            return;
        }
        if (!output.isObject()) {
            ignored.add(new IgnoredInput(capture.source(), List.of(), "not a JSON object (" + output.getNodeType().name().toLowerCase() + ")"));
            return;
        }
        for (ShapeReader reader : readers) {
            if (reader.accepts(output)) {
                reader.read(output, ctx);
                recognised.add(capture.source() + ": " + reader.shape());
                return;
            }
        }
        List<String> keys = new ArrayList<>();
        output.fieldNames().forEachRemaining(keys::add);
        ignored.add(new IgnoredInput(capture.source(), keys, "unrecognised output shape"));
    }

    /**
     * What a --query prints of events or reasons, a JSON array of sentences or of objects with a "message" ("createdAt"
     * too for service events): each is a text as if pasted alone, at its time. False, reading nothing, for any other array.
     */
    private static boolean readMessages(JsonNode array, Capture capture, ReadContext ctx) {
        if (array.isEmpty()) return false;
        // words, not a list of ids (--query 'Subnets[].SubnetId' stays set aside)
        for (JsonNode e : array) if (!(e.isTextual() && e.asText().trim().contains(" ")) && !e.path("message").isTextual()) return false;
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            String text = e.isTextual() ? e.asText() : e.get("message").asText();
            if (text.isBlank()) continue;
            // each its own symptom: a text is known by where it came from
            ctx.add(TextSignal.of(TextSignal.Origin.PASTED, capture.source() + " [" + i + "]", text, e.isTextual() ? null : Times.instant(e.get("createdAt"))));
        }
        return true;
    }

    /** Pasted describe-target-health has no command line: with one target group in the input (`tg`), it is that one's. */
    private static void attributeLoneTargetHealth(List<Object> facts, TargetGroup tg) {
        facts.replaceAll(f -> f instanceof TargetHealth h && h.targetGroupArn() == null
                ? new TargetHealth(tg.region(), tg.arn(), h.targetId(), h.port(), h.availabilityZone(), h.healthCheckPort(),
                        h.state(), h.reason(), h.description())
                : f);
    }

    private static String dominantRegion(List<Object> facts) {
        Map<String, Long> counts = facts.stream().map(SnapshotBuilder::regionOf).filter(r -> r != null && !"unknown".equals(r))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String regionOf(Object fact) {
        return fact instanceof Regional r ? r.region() : null;
    }
}
