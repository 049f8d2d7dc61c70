package io.ecstriage.report;

import io.ecstriage.finding.Evidence;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.TemplateResource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JUnit XML, which CI systems show as test results: one test suite for the run, one test case per rule evaluated
 * (per finding when no rule list is given); a HIGH or MEDIUM finding is a failure, a LOW one passes with a note.
 */
public final class JunitRenderer implements Renderer {
    private final List<RuleMeta> rules;
    private final BuildInfo build;

    public JunitRenderer(RenderOptions options, BuildInfo build) {
        this.rules = options.rules();
        this.build = build;
    }

    private record Case(String classname, String name, List<Finding> findings) {
        boolean failed() {
            return findings.stream().anyMatch(f -> f.severity() != Severity.LOW);
        }
    }

    @Override
    public void render(Report r, PrintWriter out) {
        List<Case> cases = new ArrayList<>();
        if (rules.isEmpty()) {
            for (Finding f : r.findings()) cases.add(new Case("ecs-triage." + f.rule().category(), f.ruleId(), List.of(f)));
        } else {
            for (RuleMeta m : rules) {
                cases.add(new Case("ecs-triage." + m.category(), m.id(), r.findings().stream().filter(f -> f.ruleId().equals(m.id())).toList()));
            }
            for (Finding f : r.findings()) {  // a finding of a rule not in the list still shows
                if (rules.stream().noneMatch(m -> m.id().equals(f.ruleId()))) cases.add(new Case("ecs-triage." + f.rule().category(), f.ruleId(), List.of(f)));
            }
        }
        long failures = cases.stream().filter(Case::failed).count();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.printf(Locale.ROOT, "<testsuites name=\"ecs-triage\" tests=\"%d\" failures=\"%d\" errors=\"0\">%n", cases.size(), failures);
        out.printf(Locale.ROOT, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">%n",
                attr("ecs-triage diagnose " + r.input()), cases.size(), failures);
        out.println("    <properties>");
        property(out, "input", r.input());
        property(out, "region", r.region());
        property(out, "ecs-triage.version", build.version() + " (" + build.commit() + ")");
        out.println("    </properties>");
        for (Case c : cases) {
            out.printf("    <testcase classname=\"%s\" name=\"%s\"", attr(c.classname()), attr(c.name()));
            if (c.findings().isEmpty()) {
                out.println("/>");
                continue;
            }
            out.println(">");
            for (Finding f : c.findings()) {
                if (f.severity() == Severity.LOW) continue;
                out.printf("      <failure type=\"%s\" message=\"%s\">%s</failure>%n", f.severity(), attr(headline(f)), text(details(f)));
            }
            for (Finding f : c.findings()) {
                if (f.severity() == Severity.LOW) out.printf("      <system-out>%s</system-out>%n", text("advisory (LOW): " + headline(f) + "\n" + details(f)));
            }
            out.println("    </testcase>");
        }
        out.println("  </testsuite>");
        out.println("</testsuites>");
        out.flush();
    }

    private static void property(PrintWriter out, String name, String value) {
        if (value != null) out.printf("      <property name=\"%s\" value=\"%s\"/>%n", attr(name), attr(value));
    }

    private static String headline(Finding f) {
        return String.format(Locale.ROOT, "#%d %s%s (confidence %.2f)", f.rank(), f.rule().title(),
                f.resources().isEmpty() ? "" : ": " + String.join(", ", f.resources()), f.confidence());
    }

    private static String details(Finding f) {
        StringBuilder d = new StringBuilder();
        for (Evidence e : f.evidence()) d.append("Evidence: ").append(e.source()).append(": ").append(e.text()).append('\n');
        for (String c : f.fix().commands()) d.append("Fix: ").append(c).append('\n');
        for (String n : f.fix().notes()) d.append("Note: ").append(n).append('\n');
        for (TemplateResource t : f.fix().templateResources()) d.append("Template: ").append(t.advice()).append('\n');
        d.append("Docs: ").append(f.rule().docs());
        return d.toString();
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** Escaped for XML 1.0 character data; characters XML 1.0 cannot hold at all are dropped. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) out.appendCodePoint(c);
                }
            }
        });
        return out.toString();
    }
}
