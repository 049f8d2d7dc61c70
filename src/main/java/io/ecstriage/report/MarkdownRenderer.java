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

/** A report to paste into an issue or a chat: headings, lists and fenced commands. */
public final class MarkdownRenderer implements Renderer {
    @Override
    public void render(Report r, PrintWriter target) {
        // everything here but the Markdown itself comes from the input: escape its control characters on the way out
        PrintWriter out = ControlChars.writer(target);
        out.println("## ecs-triage: " + (r.findings().isEmpty() ? Headlines.noCause(r) : r.findings().size() + " root cause(s)"));
        out.println();
        out.println("Input: `" + r.input() + "`" + (r.region() != null ? ", region `" + r.region() + "`" : ""));
        for (Finding f : r.findings()) {
            out.println();
            out.printf(Locale.ROOT, "### %d. %s — %s (%s, confidence %.2f)%n", f.rank(), f.ruleId(), f.rule().title(), f.severity(), f.confidence());
            if (f.advisory() != null) {
                out.println();
                out.println("_Advisory: " + f.advisory() + "_");
            }
            out.println();
            out.println("**Evidence**");
            out.println();
            for (Evidence e : f.evidence()) out.println("- " + e.source() + ": " + code(e.text()));
            if (!f.explains().isEmpty()) {
                out.println();
                out.println("**Explains**");
                out.println();
                for (Symptom s : f.explains()) out.println("- " + s.summary());
            }
            if (!f.effects().isEmpty()) {
                out.println();
                out.println("**Explains findings**");
                out.println();
                for (Finding.Effect e : f.effects()) out.println("- " + Effects.line(e));
            }
            if (!f.fix().templateChanges().isEmpty()) {
                out.println();
                out.println("**Fix in the template**");
                out.println();
                for (TemplateChange t : f.fix().templateChanges()) out.println("- " + t.advice());
            }
            if (!f.fix().steps().isEmpty()) {
                out.println();
                out.println(f.fix().templateChanges().isEmpty() ? "**Fix**" : "**Fix by CLI instead** (drifts the stack)");
                out.println();
                out.println("```sh");
                for (Step s : f.fix().steps()) {
                    for (Precondition p : s.preconditions()) out.println("# checked: " + p.render());
                    out.println(s.render());
                }
                out.println("```");
            }
            for (String note : f.fix().notes()) out.println("- " + note);
            for (TemplateResource t : f.fix().templateResources()) {
                out.println("- Template: change `" + t.logicalId() + "` (" + t.resourceType() + ") in stack `" + t.stackName() + "`");
            }
            for (MissingEvidence m : f.missingEvidence()) {
                out.println("- Would settle it: `" + m.command() + "` (IAM `" + m.iamAction() + "`): " + m.why());
            }
            out.println("- Docs: [" + f.ruleId() + "](" + f.rule().docs() + ")");
        }
        if (!r.hypotheses().isEmpty()) {
            out.println();
            out.println("### Hypotheses (unconfirmed)");
            out.println();
            for (Hypothesis h : r.hypotheses()) {
                out.printf(Locale.ROOT, "%d. **%s** (weight %.2f%s): %s%n", h.rank(), h.causeId(), h.weight(), h.rule() ? "" : ", no rule yet",
                        h.rule() ? h.title() + "; " + h.why() : h.why());
                out.println("   - Check: `" + h.check().command() + "` (IAM `" + h.check().iamAction() + "`): " + h.check().why());
            }
        }
        if (!r.notChecked().isEmpty()) {
            out.println();
            out.println("### Not checked (evidence not read; not counted as findings)");
            out.println();
            for (Finding f : r.notChecked()) {
                out.println("- **" + f.ruleId() + "**: " + f.rule().title());
                for (Evidence e : f.evidence()) out.println("   - " + e.source() + ": " + code(e.text()));
                for (MissingEvidence m : f.missingEvidence()) {
                    out.println("   - Check: `" + m.command() + "` (IAM `" + m.iamAction() + "`): " + m.why());
                }
            }
        }
        if (!r.benignStops().isEmpty()) {
            out.println();
            out.println("### Benign stops (normal operation, not failures)");
            out.println();
            for (BenignStop b : r.benignStops()) out.println("- " + BenignStopLine.of(b));
        }
        if (!r.unexplainedSymptoms().isEmpty()) {
            out.println();
            out.println("### " + (r.findings().isEmpty() ? "Symptoms" : "Not explained"));
            out.println();
            for (Symptom s : r.unexplainedSymptoms()) out.println("- " + s.summary());
        }
        if (!r.changes().isEmpty()) {
            out.println();
            out.println("### Changed since last healthy");
            out.println();
            for (String line : ChangeLines.of(r.changes())) out.println(line.startsWith("  - ") ? line : "- " + line);
        }
        if (!r.stackChanges().isEmpty()) {
            out.println();
            out.println("### Changed by the stack's last update");
            out.println();
            for (String line : StackChangeLines.of(r.stackChanges())) out.println(line.startsWith(" ") ? line : "- " + line);
        }
        if (!r.collectionGaps().isEmpty()) {
            out.println();
            out.println("### Missing evidence (could not be collected)");
            out.println();
            for (MissingEvidence m : r.collectionGaps()) out.println("- `" + m.command() + "` (IAM `" + m.iamAction() + "`): " + m.why());
        }
        if (!r.ignoredInputs().isEmpty()) {
            out.println();
            out.println("### Ignored inputs");
            out.println();
            for (IgnoredInput i : r.ignoredInputs()) out.println("- " + i.source() + ": " + i.reason() + (i.keys().isEmpty() ? "" : " (keys: " + String.join(", ", i.keys()) + ")"));
        }
        out.flush();
    }

    private static String code(String s) {
        return "`" + s.replace("`", "'") + "`";
    }
}
