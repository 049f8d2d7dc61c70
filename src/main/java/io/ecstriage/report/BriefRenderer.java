package io.ecstriage.report;

import io.ecstriage.finding.Finding;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;

/** The ranking only: "Ranking: 2 causes" and one line per cause, each with an optional marker (the doctor's changes). */
public final class BriefRenderer implements Renderer {
    private final Function<Finding, String> marker;

    public BriefRenderer() {
        this(f -> "");
    }

    public BriefRenderer(Function<Finding, String> marker) {
        this.marker = marker;
    }

    @Override
    public void render(Report r, PrintWriter out) {
        ranking(r, out);
        if (!r.benignStops().isEmpty()) {
            out.println("Benign stops: " + r.benignStops().size() + " (normal operation, not failures; `diagnose` lists them)");
        }
    }

    private void ranking(Report r, PrintWriter out) {
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
            String m = marker.apply(f);
            String effects = f.effects().isEmpty() ? "" : "  explains " + String.join(", ", f.effects().stream().map(Finding.Effect::ruleId).toList());
            out.println(String.format(Locale.ROOT, "  #%d %-" + w + "s  %-6s  %.2f%s%s", f.rank(), f.ruleId(), f.severity(),
                    f.confidence(), effects, m.isEmpty() ? "" : "  " + m).stripTrailing());
        }
        if (!r.notChecked().isEmpty()) {
            out.println("Not checked: " + String.join(", ", r.notChecked().stream().map(Finding::ruleId).toList()));
        }
        if (!r.hypotheses().isEmpty()) {
            out.println("Hypotheses (unconfirmed):");
            printHypotheses(r, out);
        }
        if (!r.changes().isEmpty()) {
            out.println("Changed since last healthy: " + String.join("; ", r.changes().stream().map(c -> c.describe()).toList()));
        }
        if (r.stackChanges().stream().anyMatch(c -> !c.properties().isEmpty() || c.kind() != io.ecstriage.model.StackChange.Kind.MODIFIED)) {
            out.println("Changed by the stack's last update: " + String.join("; ", r.stackChanges().stream()
                    .map(c -> c.properties().isEmpty() ? c.logicalId() + " " + c.kind().word()
                            : c.logicalId() + " " + String.join(", ", c.properties().stream().map(p -> p.path()).toList())).toList()));
        }
    }

    private static void printHypotheses(Report r, PrintWriter out) {
        int w = r.hypotheses().stream().mapToInt(h -> h.causeId().length()).max().orElse(10);
        for (var h : r.hypotheses()) {
            out.println(String.format(Locale.ROOT, "  H%d %-" + w + "s  weight %.2f", h.rank(), h.causeId(), h.weight()));
        }
    }
}
