package io.ecstriage.repl.commands;

import io.ecstriage.ingest.InputLoader;
import io.ecstriage.repl.Ranking;
import io.ecstriage.repl.ShellContext;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Adds a file to the session: a fixture, raw aws JSON output or error text.")
public final class LoadCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(paramLabel = "FILE", description = "The file to read.")
    Path file;

    public LoadCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        var raw = new InputLoader(InputLoader.DEFAULT_MAX_BYTES).load(file.toString(), InputStream.nullInputStream());
        Ranking.printUpdate(ctx.session().load(raw), ctx);
        return 0;
    }
}
