package io.ecstriage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.collect.Fixtures;
import io.ecstriage.collect.LiveCollector;
import io.ecstriage.collect.LiveSession;
import io.ecstriage.collect.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `ecs-triage snapshot --stack NAME | --cluster C … --out FILE [--redact]`: records a live account as a fixture. */
@Command(name = "snapshot", addMethodSubcommands = false,
        description = {"Read a deployment from AWS (read-only) and write it as a fixture that `diagnose --fixture` replays.",
                "Each capture is what the aws CLI would print, with the equivalent command."})
public final class SnapshotCommand extends StandardHelp implements Callable<Integer> {
    private final App app;

    @Spec
    CommandSpec spec;

    @Mixin
    LiveOptions live = new LiveOptions();

    @Option(names = "--region", paramLabel = "REGION", description = "The AWS Region to read (default: AWS_REGION, else the profile's).")
    String region;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the fixture; '-' writes to stdout.")
    String out;

    @Option(names = "--force", description = "Overwrite --out FILE when it exists.")
    boolean force;

    @Option(names = "--redact", description = "Replace account ids consistently, mask signed URLs and secret-looking environment values.")
    boolean redact;

    public SnapshotCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        String problem = live.problem(false);
        if (problem != null) throw new ParameterException(spec.commandLine(), problem.startsWith("Missing") ? "Missing required option: --stack NAME or --cluster CLUSTER" : problem);
        Path target = "-".equals(out) ? null : Path.of(out);
        // before collecting: finding out after minutes of reading AWS that the file cannot be written wastes them
        if (target != null && Files.exists(target) && !force) {
            throw new ParameterException(spec.commandLine(), out + " exists; pass --force to overwrite it");
        }
        ObjectNode fixture;
        int apiCalls;
        try (LiveSession session = live.session(region, app.terminal().env())) {
            LiveCollector.Result result = SettledCollection.collect(app, session, live, region, app::diagnoser).result();
            result.notes().forEach(n -> app.err().println("ecs-triage: " + n));
            fixture = Fixtures.of(result, app.json());
            if (redact) fixture = new Redactor(app.json()).redact(fixture, session.account());
            apiCalls = session.apiCalls();
        }
        String json = app.json().pretty(fixture) + "\n";
        if ("-".equals(out)) {
            app.out().print(json);
            app.out().flush();
        } else {
            try {
                if (force) Files.writeString(target, json, StandardCharsets.UTF_8);
                else Files.writeString(target, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new io.ecstriage.ingest.InputException(out + " appeared while collecting; pass --force to overwrite it");
            } catch (IOException e) {
                throw new io.ecstriage.ingest.InputException("cannot write " + out + ": " + e.getMessage());
            }
            app.err().println("ecs-triage: wrote " + fixture.path("captures").size() + " captures (" + apiCalls
                    + " API calls) to " + out + (redact ? " (redacted)" : ""));
        }
        app.err().flush();
        return ExitCodes.OK;
    }
}
