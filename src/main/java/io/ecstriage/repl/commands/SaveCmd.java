package io.ecstriage.repl.commands;

import io.ecstriage.repl.ShellContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "save", mixinStandardHelpOptions = true,
        description = "Writes everything gathered (pasted text included) as a fixture that `diagnose --fixture` replays.")
public final class SaveCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(paramLabel = "FILE", description = "The fixture file to write.")
    Path file;

    @Option(names = "--redact", description = "Mask account ids, access keys, public IPs, e-mail addresses and secret-looking variables.")
    boolean redact;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    public SaveCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        if (Files.exists(file) && !force) throw new UsageError(file + " exists (add --force to overwrite)");
        var fixture = ctx.session().toFixture(redact);
        Files.writeString(file, ctx.json().pretty(fixture) + "\n");
        int n = fixture.path("captures").size();
        ctx.out().println("saved " + n + (n == 1 ? " capture" : " captures") + (redact ? " (redacted)" : "") + " to " + file
                + "; `ecs-triage diagnose --fixture " + file + "` replays it");
        ctx.out().flush();
        return 0;
    }
}
