package io.ecstriage.repl;

import io.ecstriage.model.IgnoredInput;
import io.ecstriage.report.BriefRenderer;
import io.ecstriage.report.ControlChars;
import io.ecstriage.report.Report;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The short form of a diagnosis the session prints after each addition: what was added, the ranking, what changed, what next. */
public final class Ranking {
    private Ranking() {}

    public static void printUpdate(Session.Update u, ShellContext ctx) {
        PrintWriter out = ctx.out();
        if (u.note() != null) out.println(u.note());
        for (String a : u.added()) out.println("+ " + a);
        for (IgnoredInput i : u.ignored()) {
            out.println("! " + ControlChars.escape(i.source() + ": " + i.reason() + (i.keys().isEmpty() ? "" : " (keys: " + String.join(", ", i.keys()) + ")")));
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
        new BriefRenderer(diff == null ? f -> "" : f -> diff.marker(f, ctx.arrow())).render(r, ctx.out());
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
