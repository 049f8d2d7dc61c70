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
        if (r.findings().isEmpty()) {
            out.println("Ranking: no known failure pattern matches yet"
                    + (r.unexplainedSymptoms().isEmpty() ? "" : " (" + r.unexplainedSymptoms().size() + " symptoms seen, `diagnose` lists them)"));
            return;
        }
        out.println("Ranking: " + r.findings().size() + (r.findings().size() == 1 ? " cause" : " causes"));
        int w = r.findings().stream().mapToInt(f -> f.ruleId().length()).max().orElse(10);
        for (Finding f : r.findings()) {
            String m = marker.apply(f);
            out.println(String.format(Locale.ROOT, "  #%d %-" + w + "s  %-6s  %.2f%s", f.rank(), f.ruleId(), f.severity(),
                    f.confidence(), m.isEmpty() ? "" : "  " + m).stripTrailing());
        }
    }
}
