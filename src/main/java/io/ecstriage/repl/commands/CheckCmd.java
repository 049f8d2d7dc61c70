package io.ecstriage.repl.commands;

import io.ecstriage.repl.NextCheck;
import io.ecstriage.repl.Ranking;
import io.ecstriage.repl.ShellContext;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs the command `next` proposes (read-only) in the connected account and adds its output.")
public final class CheckCmd implements Callable<Integer> {
    private final ShellContext ctx;

    public CheckCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        var report = ctx.session().report();
        var best = NextCheck.best(report, NextCheck.captured(ctx.session().snapshot()));
        String command = best.map(NextCheck.Suggestion::command)
                .orElseGet(() -> report.findings().isEmpty() ? NextCheck.starter(ctx.session().snapshot(), ctx.session().scope()) : null);
        if (command == null) {
            ctx.out().println("Nothing left to fetch: every cause's evidence is in the session.");
            ctx.out().flush();
            return 0;
        }
        if (!ctx.requireSource("run it yourself and paste its output: " + command)) return 3;
        if (best.isPresent() && !best.get().placeholders().isEmpty()) {
            throw new UsageError("`" + command + "` needs " + String.join(", ", best.get().placeholders())
                    + ": paste the output that names them first");
        }
        ctx.out().println("running " + command + " (Ctrl-C cancels)");
        ctx.out().flush();
        Ranking.printUpdate(ctx.session().collected(List.of(ctx.source().run(command))), ctx);
        return 0;
    }
}
