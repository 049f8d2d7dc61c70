package io.ecstriage.repl;

import io.ecstriage.finding.Finding;
import io.ecstriage.model.IgnoredInput;
import io.ecstriage.report.Report;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The short form of a diagnosis the session prints after each addition: what was added, the ranking, what changed, what next. */
public final class Ranking {
    private Ranking() {}

    public static void printUpdate(Session.Update u, ShellContext ctx) {
        PrintWriter out = ctx.out();
        if (u.note() != null) out.println(u.note());
        for (String a : u.added()) out.println("+ " + a);
        for (IgnoredInput i : u.ignored()) {
            out.println("! " + i.source() + ": " + i.reason() + (i.keys().isEmpty() ? "" : " (keys: " + String.join(", ", i.keys()) + ")"));
        }
        if (u.rediagnosed()) {
            print(u.report(), u.diff(), ctx);
            List<RankingDiff.Change> changes = u.diff().changes();
            out.println(changes.isEmpty() ? "No change in the ranking."
                    : "Changed: " + changes.stream().map(c -> c.describe(ctx.arrow())).collect(Collectors.joining("; ")));
            printNextHint(ctx);
        }
        out.flush();
    }

    /** "Ranking: 2 causes" and one line per cause, with its change when a diff is given. */
    public static void print(Report r, RankingDiff diff, ShellContext ctx) {
        PrintWriter out = ctx.out();
        if (r.findings().isEmpty() && !r.hypotheses().isEmpty()) {
            out.println("Ranking: no cause confirmed; hypotheses (unconfirmed):");
            printHypotheses(r, out);
            return;
        }
        if (r.findings().isEmpty()) {
            out.println("Ranking: " + (r.unexplainedFailure() ? "unexplained failure, no known failure pattern matches"
                    : "no known failure pattern matches yet")
                    + (r.unexplainedSymptoms().isEmpty() ? "" : " (" + r.unexplainedSymptoms().size() + " symptoms seen, `diagnose` lists them)"));
            return;
        }
        out.println("Ranking: " + r.findings().size() + (r.findings().size() == 1 ? " cause" : " causes"));
        int w = r.findings().stream().mapToInt(f -> f.ruleId().length()).max().orElse(10);
        for (Finding f : r.findings()) {
            String marker = diff == null ? "" : diff.marker(f, ctx.arrow());
            out.println(String.format(Locale.ROOT, "  #%d %-" + w + "s  %-6s  %.2f%s", f.rank(), f.ruleId(), f.severity(),
                    f.confidence(), marker.isEmpty() ? "" : "  " + marker).stripTrailing());
        }
        if (!r.hypotheses().isEmpty()) {
            out.println("Hypotheses (unconfirmed):");
            printHypotheses(r, out);
        }
    }

    private static void printHypotheses(Report r, PrintWriter out) {
        int w = r.hypotheses().stream().mapToInt(h -> h.causeId().length()).max().orElse(10);
        for (var h : r.hypotheses()) {
            out.println(String.format(Locale.ROOT, "  H%d %-" + w + "s  weight %.2f", h.rank(), h.causeId(), h.weight()));
        }
    }

    static void printNextHint(ShellContext ctx) {
        Report r = ctx.session().report();
        NextCheck.best(r, NextCheck.captured(ctx.session().snapshot())).ifPresentOrElse(
                s -> ctx.out().println("Next: " + s.command() + "   (`next` says why)"),
                () -> {
                    if (r.findings().isEmpty()) ctx.out().println("Next: " + NextCheck.starter(ctx.session().snapshot(), ctx.session().scope()));
                });
    }
}
