package io.ecstriage.cli;

import io.ecstriage.collect.LiveSession;
import io.ecstriage.ingest.InputException;
import io.ecstriage.ingest.InputLoader;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.watch.LivePolls;
import io.ecstriage.watch.PollSource;
import io.ecstriage.watch.WatchRecording;
import io.ecstriage.watch.Watcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `ecs-triage watch --stack NAME | --cluster C --service S`: follows a deployment and prints its root cause as soon as the evidence has one. */
@Command(name = "watch", addMethodSubcommands = false,
        description = {"Follow a deployment (stack create/update, ECS service deployment) with read-only polls, show its progress,",
                "and print the root cause with its fix and the command that stops the wait as soon as the evidence confirms one.",
                "--fixture replays a recorded watch (--out of an earlier one). See docs/watch.md."})
public final class WatchCommand extends StandardHelp implements Callable<Integer> {
    /** Polls closer than this would spend the account's API rate on little news. */
    static final int MIN_INTERVAL_SECONDS = 2;
    private final App app;

    @Spec
    CommandSpec spec;

    @Mixin
    LiveOptions live = new LiveOptions();

    @Option(names = "--fixture", paramLabel = "PATH", description = "Replay a recorded watch (or any fixture, as one poll).")
    String fixture;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "10", description = "Seconds between polls (default 10; doubled on throttling, up to 300).")
    int intervalSeconds;

    @Option(names = "--until-finding", description = "Stop at the first root cause instead of when the deployment ends.")
    boolean untilFinding;

    @Option(names = "--out", paramLabel = "FILE", description = "Write everything seen, each capture with its poll's time, as a fixture.")
    Path out;

    @Option(names = "--force", description = "Overwrite --out FILE when it exists.")
    boolean force;

    @Option(names = "--region", paramLabel = "REGION", description = "The AWS Region to read.")
    String region;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto (TTY without NO_COLOR), always or never.")
    String color;

    public WatchCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() throws InterruptedException {
        String problem = live.problem(fixture != null);
        if (problem != null) throw new ParameterException(spec.commandLine(), problem);
        if (intervalSeconds < MIN_INTERVAL_SECONDS) throw new ParameterException(spec.commandLine(), "--interval must be at least " + MIN_INTERVAL_SECONDS + " seconds");
        if (!List.of("auto", "always", "never").contains(color)) throw new ParameterException(spec.commandLine(), "--color must be auto, always or never");
        if (out != null && Files.exists(out) && !force) throw new ParameterException(spec.commandLine(), out + " exists; pass --force to overwrite it");
        boolean colour = app.terminal().colour(color);
        if (!live.live()) {
            String text = new InputLoader(64L * 1024 * 1024).load(fixture, app.in()).text();
            WatchRecording recording = WatchRecording.read(fixture, text, app.json());
            return watch(recording, colour, recording.stack());
        }
        try (LiveSession session = live.session(region, app.terminal().env())) {
            session.account();
            return watch(new LivePolls(session, live.target(), live.inputName()), colour, live.target().stack());
        }
    }

    private int watch(PollSource source, boolean colour, String stack) throws InterruptedException {
        Watcher.Outcome o = new Watcher(source, app.diagnoser(), new SnapshotBuilder(app.json()), app.out(), app.terminal().tty(), colour,
                d -> Thread.sleep(d.toMillis()), Duration.ofSeconds(intervalSeconds), untilFinding, stack).run();
        if (out != null) {
            String json = app.json().pretty(WatchRecording.write(o.polls(), source.region(), "Watch of " + source.name() + " by ecs-triage.", app.json()));
            try {
                Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException("cannot write " + out + ": " + e.getMessage());
            }
            app.err().println("wrote " + o.polls().size() + " polls to " + out);
            app.err().flush();
        }
        return o.report() != null && o.report().problemsFound() ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
    }
}
