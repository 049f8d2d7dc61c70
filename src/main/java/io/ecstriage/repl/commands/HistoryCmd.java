package io.ecstriage.repl.commands;

import io.ecstriage.repl.ShellContext;
import java.util.concurrent.Callable;
import org.jline.reader.History;
import picocli.CommandLine.Command;

@Command(name = "history", mixinStandardHelpOptions = true, description = "The commands typed in this and earlier sessions (kept in ~/.ecs-triage/history).")
public final class HistoryCmd implements Callable<Integer> {
    private final ShellContext ctx;

    public HistoryCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        History h = ctx.history();
        if (h == null) {
            ctx.out().println("(no history outside an interactive session)");
        } else {
            for (History.Entry e : h) ctx.out().printf("%5d  %s%n", e.index() + 1, e.line());
        }
        ctx.out().flush();
        return 0;
    }
}
