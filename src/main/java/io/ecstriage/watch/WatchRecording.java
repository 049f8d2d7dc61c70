package io.ecstriage.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.ingest.Capture;
import io.ecstriage.ingest.InputException;
import io.ecstriage.ingest.InputParser;
import io.ecstriage.ingest.Times;
import io.ecstriage.json.JsonTrees;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a watch saw, in the fixture format with each capture's optional "polledAt" (docs/fixture-format.md):
 * `diagnose --fixture` reads it as any fixture, and `watch --fixture` replays it poll by poll.
 */
public final class WatchRecording implements PollSource {
    private final List<Poll> polls;
    private final String region;
    private final String name;
    private final Iterator<Poll> replay;

    private WatchRecording(List<Poll> polls, String region, String name) {
        this.polls = List.copyOf(polls);
        this.region = region;
        this.name = name;
        this.replay = this.polls.iterator();
    }

    /** The fixture `watch --out` writes: each capture once, with the time of the poll that read it. */
    public static ObjectNode write(List<Poll> polls, String region, String description, JsonTrees json) {
        ObjectNode root = json.object();
        root.put("ecsTriageFixture", InputParser.FIXTURE_VERSION);
        root.put("description", description);
        root.put("region", region);
        root.put("capturedAt", polls.isEmpty() ? null : polls.get(0).at().toString());
        ArrayNode captures = root.putArray("captures");
        for (Poll p : polls) {
            for (Capture r : p.captures()) {
                ObjectNode c = captures.addObject();
                c.put("command", r.command());
                c.put("region", r.region());
                c.put("polledAt", p.at().toString());
                if (r.output() != null) c.set("output", r.output());
                if (r.text() != null) c.put("text", r.text());
                if (r.error() != null) c.set("error", r.error());
            }
        }
        return root;
    }

    /** A fixture read back as polls: captures grouped by "polledAt"; a fixture without it is one poll at capturedAt. */
    public static WatchRecording read(String name, String text, JsonTrees json) {
        JsonNode root;
        try {
            root = json.read(text);
        } catch (IOException e) {
            throw new InputException(name + ": not a fixture: " + e.getMessage());
        }
        if (root == null || !root.path("captures").isArray() || !root.has("ecsTriageFixture")) {
            throw new InputException(name + ": watch --fixture needs a fixture file (docs/fixture-format.md)");
        }
        Instant capturedAt = Times.instant(root.get("capturedAt"));
        String region = root.path("region").asText(null);
        Map<Instant, List<Capture>> byPoll = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode c : root.path("captures")) {
            Instant at = c.has("polledAt") ? Times.instant(c.get("polledAt")) : capturedAt;
            if (at == null) at = Instant.EPOCH;
            byPoll.computeIfAbsent(at, k -> new ArrayList<>()).add(new Capture(name + " capture " + ++i, text(c, "command"),
                    c.has("region") ? text(c, "region") : region, c.get("output"), text(c, "text"), c.get("error")));
        }
        List<Poll> polls = new ArrayList<>();
        byPoll.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> polls.add(new Poll(e.getKey(), e.getValue(), 0)));
        return new WatchRecording(polls, region, name);
    }

    private static String text(JsonNode c, String field) {
        JsonNode v = c.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public List<Poll> polls() {
        return polls;
    }

    /** The stack a `watch --stack` recording followed: the one stack its describe-stacks captures name, else null. */
    public String stack() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Poll p : polls) {
            for (Capture c : p.captures()) {
                io.ecstriage.aws.AwsCall call = c.command() == null ? null : io.ecstriage.aws.AwsCall.parse(c.command());
                if (call == null || !call.service().equals("cloudformation") || !call.operation().equals("describe-stacks")) continue;
                List<String> name = call.options().get("--stack-name");
                if (name != null && !name.isEmpty()) names.add(name.get(0));
            }
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    @Override
    public Poll next() {
        return replay.hasNext() ? replay.next() : null;
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean live() {
        return false;
    }
}
