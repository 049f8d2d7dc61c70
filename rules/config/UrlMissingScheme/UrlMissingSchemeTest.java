package io.ecstriage.rules.config;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.report.Report;
import io.ecstriage.report.ReportFormat;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class UrlMissingSchemeTest extends RuleCases {
    private static final String ID = "UrlMissingScheme";
    private static final String HOST = "internal-backend-alb-1873402256.ap-northeast-1.elb.amazonaws.com";

    UrlMissingSchemeTest() {
        super(ID);
    }

    private static String render(Report r, ReportFormat format) {
        StringWriter out = new StringWriter();
        format.renderer(new JsonTrees(), false).render(r, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void theCrashThatQuotesTheValueIsItsEffectInEveryFormat() {
        Report r = Fixtures.diagnose(ID, "fires-crash-log-quotes-value.json");
        Finding f = finding(r, ID);

        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals("EssentialContainerExited", f.effects().get(0).ruleId());
        assertTrue(f.effects().get(0).via().contains(HOST), f.effects()::toString);
        assertTrue(r.problemsFound());
        assertTrue(render(r, ReportFormat.text).contains("Explains findings:\n     - EssentialContainerExited (HIGH)"), render(r, ReportFormat.text));
        assertTrue(render(r, ReportFormat.markdown).contains("**Explains findings**"));
        assertTrue(render(r, ReportFormat.json).contains("\"explainsFindings\" : [ {\n      \"ruleId\" : \"EssentialContainerExited\""),
                render(r, ReportFormat.json));
        assertTrue(render(r, ReportFormat.brief).contains("#1 UrlMissingScheme  MEDIUM  0.86  explains EssentialContainerExited")
                || render(r, ReportFormat.brief).contains("explains EssentialContainerExited"), render(r, ReportFormat.brief));
    }

    @Test
    void aloneItIsAnAdvisoryThatDoesNotFailTheRun() {
        Report r = Fixtures.diagnose(ID, "fires-task-env.json");
        Finding f = finding(r, ID);

        assertEquals(Severity.LOW, f.severity());
        assertFalse(r.problemsFound());
        assertTrue(render(r, ReportFormat.text).contains("Advisory: configuration only"), render(r, ReportFormat.text));
        assertTrue(render(r, ReportFormat.json).contains("\"advisory\" : \"configuration only"), render(r, ReportFormat.json));
    }
}
