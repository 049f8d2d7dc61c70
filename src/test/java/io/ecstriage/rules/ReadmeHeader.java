package io.ecstriage.rules;

import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;

/**
 * The header of a rule's README.md (title, severity, category, summary), generated from the DRL annotations
 * between two markers; the prose below the markers is written by hand.
 */
public final class ReadmeHeader {
    static final String END = "<!-- end of the generated header -->";

    private ReadmeHeader() {}

    static String begin(String id) {
        return "<!-- generated from the annotations of " + id + ".drl by ECSTRIAGE_REGENERATE=1 mvn -B test: edit those, not this -->";
    }

    public static String render(RuleMeta m) {
        return begin(m.id()) + "\n"
                + "# " + m.id() + "\n\n"
                + m.title() + ".\n\n"
                + "Severity: " + m.severity() + (m.severity() == Severity.LOW ? " (advisory)" : "") + "\n\n"
                + "Category: " + m.category() + "\n\n"
                + m.summary() + "\n"
                + END + "\n";
    }

    /**
     * `readme` with its header replaced by the one generated from `m`. A README without the markers yet has its
     * hand-written header (everything above the first "## " section) replaced.
     */
    public static String apply(RuleMeta m, String readme) {
        String text = readme.replace("\r\n", "\n");
        int begin = text.indexOf(begin(m.id()));
        int end = text.indexOf(END);
        String rest;
        if (begin == 0 && end > 0) {
            rest = text.substring(end + END.length()).replaceFirst("^\n+", "");
        } else {
            int section = text.startsWith("## ") ? 0 : text.indexOf("\n## ");
            rest = section < 0 ? "" : text.substring(section == 0 ? 0 : section + 1);
        }
        return render(m) + "\n" + rest;
    }
}
