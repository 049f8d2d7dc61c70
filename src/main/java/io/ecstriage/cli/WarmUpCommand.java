package io.ecstriage.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The launcher's AppCDS training run: one JVM can record only one run, so this one walks both paths
 * (an offline diagnosis of a bundled fixture, then a live diagnosis against a closed local port with
 * throw-away credentials, which loads the SDK's request pipeline and fails before reaching anything).
 */
@Command(name = "warm-up", hidden = true, description = "Load the classes of the offline and live paths (AppCDS training); prints nothing.")
final class WarmUpCommand implements Callable<Integer> {
    private final App app;

    @Option(names = "--fixture", paramLabel = "PATH", required = true, description = "A bundled scenario to diagnose.")
    String fixture;

    WarmUpCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Main.run(new String[] {"diagnose", "--fixture", fixture, "--format", "json"}, quiet, quiet,
                InputStream.nullInputStream(), new Terminal(false, Map.of()));
        Map<String, String> throwAway = Map.of("AWS_ACCESS_KEY_ID", "warmup", "AWS_SECRET_ACCESS_KEY", "warmup");
        Main.run(new String[] {"diagnose", "--cluster", "warm-up", "--region", "us-east-1", "--endpoint-url",
                "http://127.0.0.1:9"}, quiet, quiet, InputStream.nullInputStream(), new Terminal(false, throwAway));
        return ExitCodes.OK;
    }
}
