package io.ecstriage.repl.commands;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.TemplateChange;
import io.ecstriage.finding.TemplateResource;
import io.ecstriage.fix.Precondition;
import io.ecstriage.fix.Step;
import io.ecstriage.repl.ShellContext;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "The commands that fix a cause (printed for you to run; ecs-triage changes nothing).")
public final class FixCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(paramLabel = "N", arity = "0..1", completionCandidates = Candidates.Ranks.class,
            description = "The rank of the cause (default 1) or its rule id.")
    String which;

    public FixCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Finding f = FindingArg.resolve(ctx, which);
        PrintWriter out = ctx.out();
        out.println("# #" + f.rank() + " " + f.ruleId() + ": " + f.rule().title());
        for (TemplateChange t : f.fix().templateChanges()) out.println("# template (primary): " + t.advice());
        if (!f.fix().templateChanges().isEmpty() && !f.fix().steps().isEmpty()) out.println("# or by CLI, which drifts the stack:");
        for (Step s : f.fix().steps()) {
            for (Precondition p : s.preconditions()) out.println("# checked: " + p.render());
            out.println(s.render());
        }
        for (String n : f.fix().notes()) out.println("# " + n);
        for (TemplateResource t : f.fix().templateResources()) {
            out.println("# template: " + t.advice());
        }
        if (f.fix().commands().isEmpty() && f.fix().notes().isEmpty()) out.println("# no fix command known: see " + f.rule().docs());
        out.flush();
        return 0;
    }
}
