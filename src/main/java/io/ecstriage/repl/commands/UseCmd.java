package io.ecstriage.repl.commands;

import io.ecstriage.repl.Ranking;
import io.ecstriage.repl.Scope;
import io.ecstriage.repl.ShellContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "use", mixinStandardHelpOptions = true,
        description = "Selects what the session is about; when connected, collects it.")
public final class UseCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(index = "0", paramLabel = "KIND", completionCandidates = Candidates.ScopeKinds.class, description = "stack, cluster or service.")
    Scope.Kind kind;

    @Parameters(index = "1", paramLabel = "NAME", completionCandidates = Candidates.Names.class, description = "Its name.")
    String name;

    public UseCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        Scope scope = ctx.session().scope().with(kind, name);
        ctx.session().scope(scope);
        if (!ctx.requireSource("scope noted: " + scope.describe())) return 3;
        ctx.out().println("collecting " + scope.describe() + " from " + ctx.source().describe() + " (Ctrl-C cancels)");
        ctx.out().flush();
        Ranking.printUpdate(ctx.session().collected(ctx.source().collect(scope)), ctx);
        return 0;
    }
}
