package io.ecstriage.repl.commands;

import io.ecstriage.repl.ShellContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "exit", aliases = "quit", description = "Ends the session (so does Ctrl-D).")
public final class ExitCmd implements Callable<Integer> {
    private final ShellContext ctx;

    public ExitCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.requestExit();
        return 0;
    }
}
