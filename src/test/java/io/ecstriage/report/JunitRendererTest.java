package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.json.JsonTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JunitRendererTest {
    private static final Path PROJECT = TestDiagnosis.projectDir();

    private static String junit(Report report, boolean withRules) {
        StringWriter out = new StringWriter();
        RenderOptions options = RenderOptions.of(new JsonTrees(), false);
        if (withRules) options = options.withRules(TestDiagnosis.engine().catalog().values());
        ReportFormat.junit.renderer(options).render(report, new PrintWriter(out));
        return out.toString();
    }

    private static void validate(String xml) throws SAXException, IOException {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(JunitRendererTest.class.getResource("/schemas/junit-jenkins.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void oneTestCasePerRuleAndAFailurePerProblem() throws Exception {
        Report report = TestDiagnosis.diagnoseFile(PROJECT.resolve("fixtures/scenarios/seed000-ecr-region-mismatch/snapshot.json"), "snapshot.json");
        String xml = junit(report, true);

        validate(xml);
        Document doc = parse(xml);
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        int rules = TestDiagnosis.engine().catalog().size();
        assertEquals(String.valueOf(rules), suite.getAttribute("tests"));
        assertEquals(rules, doc.getElementsByTagName("testcase").getLength());
        long problems = report.findings().stream().filter(f -> f.severity() != io.ecstriage.finding.Severity.LOW).count();
        assertEquals(problems, doc.getElementsByTagName("failure").getLength());
        assertEquals(String.valueOf(problems), suite.getAttribute("failures"));
        Element mismatch = testcase(doc, "EcrImageRegionMismatch");
        Element failure = (Element) mismatch.getElementsByTagName("failure").item(0);
        assertEquals("HIGH", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("Fix: aws ecr create-repository --repository-name task-management-api --region us-east-1"));
        Element latestTag = testcase(doc, "LatestTagInUse");
        assertEquals(0, latestTag.getElementsByTagName("failure").getLength(), "LOW is advisory: it passes");
        assertTrue(latestTag.getElementsByTagName("system-out").item(0).getTextContent().startsWith("advisory (LOW)"));
        assertEquals("ecs-triage.image", latestTag.getAttribute("classname"));
        assertEquals(0, testcase(doc, "LogGroupMissing").getChildNodes().getLength(), "a rule that did not fire passes");
    }

    @Test
    void everyScenarioRendersValidJunit() throws Exception {
        try (var scenarios = java.nio.file.Files.list(PROJECT.resolve("fixtures/scenarios"))) {
            for (Path d : scenarios.sorted().toList()) {
                Path p = d.resolve("snapshot.json");
                if (java.nio.file.Files.isRegularFile(p)) validate(junit(TestDiagnosis.diagnoseFile(p, d.getFileName().toString()), true));
            }
        }
    }

    @Test
    void withoutTheRuleListEachFindingIsATestCase() throws Exception {
        Report report = TestDiagnosis.diagnose("problem.json", Samples.logGroupMissing());
        String xml = junit(report, false);

        validate(xml);
        assertEquals(report.findings().size(), parse(xml).getElementsByTagName("testcase").getLength());
        validate(junit(TestDiagnosis.diagnose("healthy.json", Samples.healthy()), false));
    }

    @Test
    void textXmlCannotHoldIsDroppedAndMarkupEscaped() {
        assertEquals("a&lt;b&gt;&amp;c\tok", JunitRenderer.text("a<b>&c\u0000\u001B\tok"));
    }

    @Test
    void theSchemaRejectsWhatJenkinsWouldNot() {
        assertThrows(SAXException.class, () -> validate("<testsuites><testsuite name=\"x\"><testcase name=\"y\"/></testsuite></testsuites>"),
                "tests is required on a testsuite");
    }

    private static Element testcase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) return e;
        }
        throw new AssertionError(name);
    }
}
