package io.ecstriage.report;

import io.ecstriage.finding.BenignStop;
import io.ecstriage.finding.Evidence;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Symptom;
import io.ecstriage.finding.TemplateChange;
import io.ecstriage.finding.TemplateResource;
import io.ecstriage.finding.differential.Hypothesis;
import io.ecstriage.fix.Precondition;
import io.ecstriage.fix.Step;
import io.ecstriage.model.IgnoredInput;
import java.io.PrintWriter;
import java.util.Locale;

/** The terminal report; colour only when asked for (a TTY without NO_COLOR); input text never carries escapes. */
public final class TextRenderer implements Renderer {
    private final boolean colour;

    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void render(Report r, PrintWriter out) {
        int n = r.findings().size();
        out.println(bold("ecs-triage: " + (n == 0 ? Headlines.noCause(r) : n + (n == 1 ? " root cause" : " root causes")))
                + " in " + safe(r.input()) + (r.region() != null ? " (region " + safe(r.region()) + ")" : ""));
        for (Finding f : r.findings()) {
            out.println();
            out.printf(Locale.ROOT, "%s %s  %s  confidence %.2f%n", bold("#" + f.rank()), bold(f.ruleId()),
                    severity(f), f.confidence());
            out.println("   " + safe(f.rule().title()));
            if (f.advisory() != null) out.println("   Advisory: " + safe(f.advisory()));
            if (!f.resources().isEmpty()) out.println("   Resources: " + safe(String.join(", ", f.resources())));
            out.println("   Evidence:");
            for (Evidence e : f.evidence()) out.println("     - " + safe(e.source() + ": " + e.text()));
            if (!f.explains().isEmpty()) {
                out.println("   Explains:");
                for (Symptom s : f.explains()) out.println("     - " + safe(s.summary()));
            }
            if (!f.effects().isEmpty()) {
                out.println("   Explains findings:");
                for (Finding.Effect e : f.effects()) out.println("     - " + safe(Effects.line(e)));
            }
            if (!f.fix().templateChanges().isEmpty()) {
                out.println("   Fix in the template:");
                for (TemplateChange t : f.fix().templateChanges()) out.println("     " + safe(t.advice()));
            }
            if (!f.fix().steps().isEmpty() || !f.fix().notes().isEmpty()) {
                out.println(f.fix().templateChanges().isEmpty() ? "   Fix:" : "   Fix by CLI instead (drifts the stack):");
                for (Step s : f.fix().steps()) {
                    for (Precondition p : s.preconditions()) out.println("     # checked: " + safe(p.render()));
                    out.println("     " + safe(s.render()));
                }
                for (String note : f.fix().notes()) out.println("     # " + safe(note));
            }
            for (TemplateResource t : f.fix().templateResources()) {
                out.println("   Template: " + safe(t.advice()));
            }
            for (MissingEvidence m : f.missingEvidence()) {
                out.println("   Would settle it: " + safe(m.command() + "  [IAM " + m.iamAction() + "] " + m.why()));
            }
            out.println("   Docs: " + f.rule().docs());
        }
        if (!r.hypotheses().isEmpty()) {
            out.println();
            out.println(bold("Hypotheses (UNCONFIRMED: candidate causes of the failures below, ranked; run a check to settle one):"));
            for (Hypothesis h : r.hypotheses()) {
                out.printf(Locale.ROOT, "  H%d %s  weight %.2f%s%n", h.rank(), h.causeId(), h.weight(), h.rule() ? "" : "  (no rule yet)");
                if (h.rule()) out.println("     " + h.title());
                out.println("     Why a candidate: " + safe(h.why()));
                out.println("     Check: " + safe(h.check().command() + "  [IAM " + h.check().iamAction() + "] " + h.check().why()));
            }
        }
        if (!r.notChecked().isEmpty()) {
            out.println();
            out.println(bold("Not checked (advisories whose evidence was not read; not counted as findings):"));
            for (Finding f : r.notChecked()) {
                out.println("  - " + f.ruleId() + ": " + safe(f.rule().title()));
                for (Evidence e : f.evidence()) out.println("     " + safe(e.source() + ": " + e.text()));
                for (MissingEvidence m : f.missingEvidence()) {
                    out.println("     Check: " + safe(m.command() + "  [IAM " + m.iamAction() + "] " + m.why()));
                }
            }
        }
        if (!r.benignStops().isEmpty()) {
            out.println();
            out.println(bold("Benign stops (normal operation, not failures):"));
            for (BenignStop b : r.benignStops()) out.println("  - " + safe(BenignStopLine.of(b)));
        }
        if (!r.unexplainedSymptoms().isEmpty()) {
            out.println();
            out.println(bold(r.findings().isEmpty() ? "Symptoms:" : "Not explained by the causes above:"));
            for (Symptom s : r.unexplainedSymptoms()) out.println("  - " + safe(s.summary()));
        }
        if (!r.changes().isEmpty()) {
            out.println();
            out.println(bold("Changed since last healthy:"));
            for (String line : ChangeLines.of(r.changes())) out.println("  " + safe(line));
        }
        if (!r.stackChanges().isEmpty()) {
            out.println();
            out.println(bold("Changed by the stack's last update:"));
            for (String line : StackChangeLines.of(r.stackChanges())) out.println("  " + safe(line));
        }
        if (!r.collectionGaps().isEmpty()) {
            out.println();
            out.println(bold("Missing evidence (could not be collected):"));
            for (MissingEvidence m : r.collectionGaps()) out.println("  - " + safe(m.command() + "  [IAM " + m.iamAction() + "] " + m.why()));
        }
        if (!r.ignoredInputs().isEmpty()) {
            out.println();
            out.println(bold("Ignored inputs:"));
            for (IgnoredInput i : r.ignoredInputs()) {
                out.println("  - " + safe(i.source() + ": " + i.reason() + (i.keys().isEmpty() ? "" : " (keys: " + String.join(", ", i.keys()) + ")")));
            }
        }
        out.flush();
    }

    private String severity(Finding f) {
        String s = f.severity().name();
        if (!colour) return s;
        return switch (f.severity()) {
            case HIGH -> "\u001B[31m" + s + "\u001B[0m";
            case MEDIUM -> "\u001B[33m" + s + "\u001B[0m";
            case LOW -> "\u001B[36m" + s + "\u001B[0m";
        };
    }

    /** Input text (names, messages, log lines) with its control characters shown, not obeyed. */
    private static String safe(String s) {
        return ControlChars.escape(s);
    }

    private String bold(String s) {
        return colour ? "\u001B[1m" + s + "\u001B[0m" : s;
    }
}
