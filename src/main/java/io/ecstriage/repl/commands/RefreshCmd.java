package io.ecstriage.repl.commands;

import io.ecstriage.repl.Ranking;
import io.ecstriage.repl.ShellContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Collects the selected stack/cluster/service again from the connected account (read-only).")
public final class RefreshCmd implements Callable<Integer> {
    private final ShellContext ctx;

    public RefreshCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!ctx.requireSource(null)) return 3;
        var scope = ctx.session().scope();
        if (scope.isEmpty()) throw new UsageError("nothing selected: `use stack|cluster|service NAME` first");
        ctx.out().println("collecting " + scope.describe() + " from " + ctx.source().describe() + " (Ctrl-C cancels)");
        ctx.out().flush();
        Ranking.printUpdate(ctx.session().collected(ctx.source().collect(scope)), ctx);
        return 0;
    }
}
