package io.ecstriage.repl.commands;

import io.ecstriage.repl.ShellContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Connects to an AWS account (read-only) so that `check`, `refresh` and `use` can collect evidence.")
public final class ConnectCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "An AWS CLI profile (default: the SDK's default chain).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "The Region to read (default: the profile's).")
    String region;

    public ConnectCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!ctx.live().available()) {
            ctx.out().println(io.ecstriage.repl.LiveCollection.NOT_AVAILABLE);
            ctx.out().flush();
            return 3;
        }
        ctx.source(ctx.live().connect(profile, region));
        ctx.out().println("connected: " + ctx.source().describe());
        ctx.out().flush();
        return 0;
    }
}
