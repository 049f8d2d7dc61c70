package io.ecstriage.repl.commands;

import io.ecstriage.repl.Ranking;
import io.ecstriage.repl.ShellContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "reset", description = "Forgets all evidence (pastes, loaded files, collections); the scope and the AWS connection stay.")
public final class ResetCmd implements Callable<Integer> {
    private final ShellContext ctx;

    public ResetCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Ranking.printUpdate(ctx.session().reset(), ctx);
        return 0;
    }
}
