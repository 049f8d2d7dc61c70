package io.ecstriage.repl.commands;

import io.ecstriage.finding.Evidence;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Symptom;
import io.ecstriage.repl.ShellContext;
import io.ecstriage.report.ControlChars;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "One cause: its evidence chain, what it explains, rival causes, and what would settle or refute it.")
public final class ExplainCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Parameters(paramLabel = "N", arity = "0..1", completionCandidates = Candidates.Ranks.class,
            description = "The rank of the cause (default 1) or its rule id.")
    String which;

    public ExplainCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Finding f = FindingArg.resolve(ctx, which);
        PrintWriter out = ctx.out();
        out.printf(Locale.ROOT, "#%d %s  %s  confidence %.2f%n", f.rank(), f.ruleId(), f.severity(), f.confidence());
        out.println("   " + f.rule().title());
        if (!f.resources().isEmpty()) out.println("   Resources: " + String.join(", ", f.resources()));
        out.println("Evidence chain:");
        int i = 0;
        for (Evidence e : f.evidence()) out.println("  " + ++i + ". " + ControlChars.escape(e.source() + ": " + e.text()));
        out.println("Explains:");
        if (f.explains().isEmpty()) out.println("  (no recorded symptom yet)");
        for (Symptom s : f.explains()) out.println("  - " + ControlChars.escape(s.summary()));
        Set<String> mine = new HashSet<>();
        f.explains().forEach(s -> mine.add(s.id()));
        for (Finding other : ctx.session().report().findings()) {
            if (other == f) continue;
            long shared = other.explains().stream().filter(s -> mine.contains(s.id())).count();
            if (shared > 0) {
                out.printf(Locale.ROOT, "Rival: #%d %s (%.2f) explains %d of the same symptom%s%n", other.rank(), other.ruleId(),
                        other.confidence(), shared, shared == 1 ? "" : "s");
            }
        }
        out.println("What would settle or refute it:");
        if (f.missingEvidence().isEmpty()) {
            out.println("  Nothing is missing: the evidence above demonstrates it. It is refuted only if fresh output of the same");
            out.println("  commands contradicts it (after a fix, paste them again or `refresh`).");
        }
        for (MissingEvidence m : f.missingEvidence()) {
            out.println("  - " + m.command());
            out.println("    " + m.why() + ": this cause stands or falls on it  [IAM " + m.iamAction() + "]");
        }
        out.println("Docs: " + f.rule().docs() + " (false positives and limits)");
        out.flush();
        return 0;
    }
}
