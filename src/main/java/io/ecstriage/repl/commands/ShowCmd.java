package io.ecstriage.repl.commands;

import io.ecstriage.repl.ShellContext;
import io.ecstriage.repl.Table;
import io.ecstriage.repl.Tables;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "A table of what the session holds: tasks, targets, security-groups, subnets, events, logs or stack.")
public final class ShowCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(paramLabel = "WHAT", completionCandidates = Candidates.ShowKinds.class,
            description = "tasks, targets, security-groups, subnets, events, logs or stack.")
    String what;

    public ShowCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Tables.Kind kind;
        try {
            kind = Tables.Kind.of(what);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        Table t = Tables.of(kind, ctx.session().snapshot());
        if (t.size() == 0) ctx.out().println("(no " + kind.label() + " in the session yet)");
        else t.print(ctx.out());
        ctx.out().flush();
        return 0;
    }
}
