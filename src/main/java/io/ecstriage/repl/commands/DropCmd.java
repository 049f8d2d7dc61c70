package io.ecstriage.repl.commands;

import io.ecstriage.repl.Ranking;
import io.ecstriage.repl.ShellContext;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "drop", description = "Lists the captures in the session; with N, removes capture N and re-diagnoses.")
public final class DropCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(paramLabel = "N", arity = "0..1", description = "The capture to remove, as `drop` numbers them.")
    Integer number;

    public DropCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (number == null) {
            List<String> list = ctx.session().captureList();
            if (list.isEmpty()) ctx.out().println("(no captures in the session yet)");
            list.forEach(ctx.out()::println);
            ctx.out().flush();
            return 0;
        }
        try {
            Ranking.printUpdate(ctx.session().drop(number), ctx);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        return 0;
    }
}
