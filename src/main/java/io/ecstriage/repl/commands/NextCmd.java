package io.ecstriage.repl.commands;

import io.ecstriage.finding.Finding;
import io.ecstriage.repl.NextCheck;
import io.ecstriage.repl.ShellContext;
import io.ecstriage.report.Report;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

@Command(name = "next", mixinStandardHelpOptions = true,
        description = "The one aws command whose output would best separate the top candidate causes.")
public final class NextCmd implements Callable<Integer> {
    private final ShellContext ctx;

    public NextCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        PrintWriter out = ctx.out();
        Report r = ctx.session().report();
        Optional<NextCheck.Suggestion> best = NextCheck.best(r, NextCheck.captured(ctx.session().snapshot()));
        if (best.isEmpty()) {
            if (r.findings().isEmpty()) {
                out.println("Next: " + NextCheck.starter(ctx.session().snapshot(), ctx.session().scope()));
                out.println("  nothing points anywhere yet: start from the service, its stopped tasks and its task definition");
            } else {
                out.println("Nothing left to fetch: every cause's evidence is in the session (`explain 1`, `fix 1`).");
            }
            out.flush();
            return 0;
        }
        NextCheck.Suggestion s = best.get();
        out.println("Next: " + s.command());
        out.println("  why: " + s.why() + "  [IAM " + s.iamAction() + "]");
        if (!s.hypotheses().isEmpty()) {
            out.println("  confirms or rules out: " + hypotheses(s.hypotheses()));
            if (!s.otherHypotheses().isEmpty()) out.println("  leaves open: " + hypotheses(s.otherHypotheses()));
            out.println(String.format(Locale.ROOT, "  expected gain: %.2f bits of the hypotheses' uncertainty", s.value()));
        } else {
            out.println("  settles: " + list(s.bearsOn()));
            if (!s.others().isEmpty()) out.println("  leaves as they are: " + list(s.others()));
        }
        if (!s.placeholders().isEmpty()) out.println("  fill in: " + String.join(", ", s.placeholders()));
        out.println(ctx.source() != null ? "  `check` runs it now (read-only)." : "  Run it and paste its output here.");
        out.flush();
        return 0;
    }

    private static String hypotheses(java.util.List<io.ecstriage.finding.differential.Hypothesis> hs) {
        return hs.stream().map(h -> String.format(Locale.ROOT, "H%d %s (%.2f)", h.rank(), h.causeId(), h.weight()))
                .collect(Collectors.joining(", "));
    }

    private static String list(java.util.List<Finding> fs) {
        return fs.stream().map(f -> String.format(Locale.ROOT, "#%d %s (%.2f)", f.rank(), f.ruleId(), f.confidence()))
                .collect(Collectors.joining(", "));
    }
}
