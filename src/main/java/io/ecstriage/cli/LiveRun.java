package io.ecstriage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.AwsAccessException;
import io.ecstriage.aws.AwsClients;
import io.ecstriage.collect.Fanout;
import io.ecstriage.concurrent.BackgroundTask;
import io.ecstriage.collect.Fixtures;
import io.ecstriage.collect.LiveCollector;
import io.ecstriage.collect.Progress;
import io.ecstriage.collect.Recorder;
import io.ecstriage.collect.Redactor;
import io.ecstriage.ingest.InputException;
import io.ecstriage.ingest.InputParser;
import io.ecstriage.ingest.ParsedInput;
import io.ecstriage.ingest.RawInput;
import java.time.Clock;

/** One live collection for diagnose or snapshot: clients, the access check, the fan-out, the fixture it makes. */
final class LiveRun {
    private final App app;
    private final LiveOptions options;
    private final String region;
    private String account;
    private int apiCalls;

    LiveRun(App app, LiveOptions options, String region) {
        this.app = app;
        this.options = options;
        this.region = region;
    }

    /** The fixture of what was read (version 1), redacted when asked. */
    ObjectNode fixture(boolean redact, Runnable whileCollecting) {
        AwsClients aws;
        try {
            aws = AwsClients.create(options.aws(region, app.terminal().env()));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        try (aws; Fanout fanout = new Fanout(options.maxParallel)) {
            Progress progress = new Progress(app.err(), app.terminal().tty());
            // The collection starts while this thread checks the credentials (an STS client and a round trip):
            // when they work the check is over long before the reads; when not, its message ends the run.
            BackgroundTask<LiveCollector.Result> collection = BackgroundTask.start("collect", () ->
                    new LiveCollector(aws, new Recorder(progress), fanout, Clock.systemUTC()).collect(options.target()));
            LiveCollector.Result result;
            try {
                account = aws.checkAccess();
                if (whileCollecting != null) whileCollecting.run();
                result = collection.join();
            } catch (LiveCollector.TargetNotFoundException notFound) {
                if (notFound.denied()) throw new AwsAccessException(notFound.getMessage());
                throw new InputException(notFound.getMessage());
            } finally {
                collection.cancel(); // after a failed check: stop reading
                progress.end();
            }
            apiCalls = aws.counter().total();
            ObjectNode fixture = Fixtures.of(result, app.json());
            return redact ? new Redactor(app.json()).redact(fixture, account) : fixture;
        }
    }

    /** The fixture as the offline reader parses it, so a live diagnosis and one of its snapshot are the same. */
    ParsedInput parsed(ObjectNode fixture, String name) {
        return new InputParser(app.json()).parse(new RawInput(name, app.json().compact(fixture)));
    }

    int apiCalls() {
        return apiCalls;
    }

    /** How the report names a live input: "live stack NAME", "live cluster C service S". */
    String inputName() {
        String t = options.target().describe("");
        return "live " + t.substring(0, t.length() - " in ".length());
    }
}
