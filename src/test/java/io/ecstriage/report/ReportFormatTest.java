package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.json.JsonTrees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    private static final JsonTrees JSON = new JsonTrees();

    private static String render(ReportFormat format, boolean colour, Report report) {
        StringWriter out = new StringWriter();
        format.renderer(JSON, colour).render(report, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void eachFormatHasItsRenderer() {
        assertInstanceOf(TextRenderer.class, ReportFormat.text.renderer(JSON, false));
        assertInstanceOf(JsonRenderer.class, ReportFormat.json.renderer(JSON, false));
        assertInstanceOf(MarkdownRenderer.class, ReportFormat.markdown.renderer(JSON, false));
        assertInstanceOf(BriefRenderer.class, ReportFormat.brief.renderer(JSON, false));
        assertInstanceOf(SarifRenderer.class, ReportFormat.sarif.renderer(JSON, false));
        assertInstanceOf(JunitRenderer.class, ReportFormat.junit.renderer(JSON, false));
    }

    @Test
    void namesAndChoicesComeFromTheEnum() {
        assertEquals(Optional.of(ReportFormat.markdown), ReportFormat.named("markdown"));
        assertEquals(Optional.empty(), ReportFormat.named("xml"));
        assertEquals("text, json, markdown, brief, sarif or junit", ReportFormat.choices());
    }

    @Test
    void briefIsTheRankingOnly() {
        Report report = TestDiagnosis.diagnose("problem.json", Samples.logGroupMissing());

        String brief = render(ReportFormat.brief, false, report);

        assertTrue(brief.startsWith("Ranking: 1 cause\n  #1 LogGroupMissing  HIGH"), brief);
        assertEquals(1 + report.findings().size(), brief.lines().count(), brief);
    }

    @Test
    void onlyTextUsesColourWhenAllowed() {
        Report report = TestDiagnosis.diagnose("problem.json", Samples.logGroupMissing());

        assertTrue(render(ReportFormat.text, true, report).contains("\u001B["));
        for (ReportFormat f : ReportFormat.values()) {
            assertTrue(!render(f, false, report).contains("\u001B["), f::name);
        }
        assertTrue(!render(ReportFormat.markdown, true, report).contains("\u001B["));
    }
}
