package io.ecstriage.cli;

import io.ecstriage.ingest.InputLoader;
import io.ecstriage.ingest.InputParser;
import io.ecstriage.ingest.ParsedInput;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.model.Snapshot;
import io.ecstriage.report.Report;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `ecs-triage diagnose --fixture PATH`: offline diagnosis of recorded or pasted aws output. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnose a deployment from a fixture, raw `aws … --output json` output or pasted error text.")
public final class DiagnoseCommand implements Callable<Integer> {
    private final App app;

    @Option(names = "--fixture", paramLabel = "PATH", required = true,
            description = "A fixture file, raw aws CLI JSON output or error text; '-' reads stdin.")
    String fixture;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or markdown.")
    ReportFormat format;

    @Option(names = "--region", paramLabel = "REGION", description = "Region of captures that do not name one.")
    String region;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto (TTY without NO_COLOR), always or never.")
    String color;

    @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "64", description = "Refuse inputs larger than this.")
    long maxInputMb;

    public DiagnoseCommand(App app) {
        this.app = app;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (maxInputMb < 1 || maxInputMb > 2047) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-input-mb must be between 1 and 2047, not " + maxInputMb);
        }
        var raw = new InputLoader(maxInputMb * 1024 * 1024).load(fixture, app.in());
        ParsedInput parsed = new InputParser(app.mapper()).parse(raw);
        Snapshot snapshot = new SnapshotBuilder(app.mapper()).build(parsed, region);
        Report report = app.diagnoser().diagnose(snapshot);
        format.renderer(app, color).render(report, app.out());
        for (var ignored : report.ignoredInputs()) {
            app.err().println("warning: ignored " + ignored.source() + ": " + ignored.reason()
                    + (ignored.keys().isEmpty() ? "" : " (keys: " + String.join(", ", ignored.keys()) + ")"));
        }
        app.err().flush();
        return report.problemsFound() ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
    }
}
