package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.ingest.Times;
import io.ecstriage.model.LogEvent;
import io.ecstriage.model.LogGroup;
import io.ecstriage.model.LogGroupListing;
import java.util.List;

/** CloudWatch Logs outputs: log groups (and what the listing covers), log streams, log events. */
public final class LogsReaders {
    private LogsReaders() {}

    public static List<ShapeReader> all() {
        return List.of(new Groups(), new Streams(), new Events());
    }

    static final class Groups implements ShapeReader {
        public String shape() { return "logs describe-log-groups"; }

        public boolean accepts(JsonNode root) { return root.path("logGroups").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            String region = ctx.region();
            String prefix = ctx.option("--log-group-name-prefix");
            String pattern = ctx.option("--log-group-name-pattern");
            boolean truncated = root.hasNonNull("nextToken") || pattern != null || ctx.option("--max-items") != null;
            ctx.add(new LogGroupListing(region, prefix, ctx.options("--log-group-identifiers"), truncated));
            for (JsonNode g : array(root, "logGroups")) {
                String arn = text(g, "arn");
                ctx.add(new LogGroup(arn != null ? ctx.regionOf(arn) : region, text(g, "logGroupName"), arn));
            }
        }
    }

    /** Streams are recognised so the input is not reported as ignored; no rule needs them yet. */
    static final class Streams implements ShapeReader {
        public String shape() { return "logs describe-log-streams"; }

        public boolean accepts(JsonNode root) { return root.path("logStreams").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            // nothing beyond recognition: stream names and times are not evidence any rule weighs
        }
    }

    static final class Events implements ShapeReader {
        public String shape() { return "logs get-log-events / filter-log-events"; }

        public boolean accepts(JsonNode root) {
            return root.path("events").isArray() && (root.has("nextForwardToken") || root.has("nextBackwardToken")
                    || root.has("searchedLogStreams") || allLogEvents(root.path("events")));
        }

        private static boolean allLogEvents(JsonNode events) {
            for (JsonNode e : events) if (!e.has("timestamp") || !e.has("message")) return false;
            return !events.isEmpty();
        }

        public void read(JsonNode root, ReadContext ctx) {
            String group = ctx.option("--log-group-name");
            String stream = ctx.option("--log-stream-name");
            String last = stream;
            for (JsonNode e : array(root, "events")) {
                String s = text(e, "logStreamName");
                // one string per run of a stream, not per event: a large account holds hundreds of thousands of events
                if (s != null && !s.equals(last)) last = s;
                ctx.add(new LogEvent(ctx.region(), group, s != null ? last : stream, Times.instant(e.get("timestamp")),
                        text(e, "message")));
            }
        }
    }
}
