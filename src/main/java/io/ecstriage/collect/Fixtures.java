package io.ecstriage.collect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.ingest.Capture;
import io.ecstriage.ingest.InputParser;
import io.ecstriage.json.JsonTrees;

/** A live collection written in the fixture format (docs/fixture-format.md), version 1: what `snapshot` writes. */
public final class Fixtures {
    private Fixtures() {}

    public static ObjectNode of(LiveCollector.Result result, JsonTrees json) {
        ObjectNode root = json.object();
        root.put("ecsTriageFixture", InputParser.FIXTURE_VERSION);
        root.put("description", result.description());
        root.put("region", result.region());
        root.put("capturedAt", result.capturedAt().toString());
        ArrayNode captures = root.putArray("captures");
        for (Capture r : result.captures()) {
            ObjectNode c = captures.addObject();
            c.put("command", r.command());
            c.put("region", r.region());
            if (r.output() != null) c.set("output", r.output());
            if (r.text() != null) c.put("text", r.text());
            if (r.error() != null) c.set("error", r.error());
        }
        return root;
    }
}
