package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Severity;
import io.ecstriage.ingest.InputLoader;
import io.ecstriage.ingest.TemplateReader;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.TemplateLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path PROJECT = TestDiagnosis.projectDir();
    private static final String SCENARIO = "fixtures/scenarios/seed000-ecr-region-mismatch/snapshot.json";
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sarif(Report report, TemplateLines template) throws IOException {
        StringWriter out = new StringWriter();
        RenderOptions options = RenderOptions.of(new JsonTrees(), false)
                .withRules(TestDiagnosis.engine().catalog().values()).withTemplate(template);
        ReportFormat.sarif.renderer(options).render(report, new PrintWriter(out));
        return MAPPER.readTree(out.toString());
    }

    private static void assertValid(JsonNode sarif) {
        Set<ValidationMessage> errors = SCHEMA.validate(sarif);
        assertTrue(errors.isEmpty(), () -> "SARIF schema violations: " + errors);
    }

    @Test
    void everyScenarioRendersValidSarif() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> s = Files.list(PROJECT.resolve("fixtures/scenarios"))) {
            scenarios = s.map(d -> d.resolve("snapshot.json")).filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(scenarios.isEmpty());
        for (Path p : scenarios) assertValid(sarif(TestDiagnosis.diagnoseFile(p, p.getParent().getFileName().toString()), null));
    }

    @Test
    void theSchemaCatchesABrokenLog() throws IOException {
        JsonNode sarif = sarif(TestDiagnosis.diagnoseFile(PROJECT.resolve(SCENARIO), "snapshot.json"), null);
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");

        assertFalse(SCHEMA.validate(sarif).isEmpty(), "a level outside the enum must fail validation");
    }

    @Test
    void rulesAreTheCatalogWithHelpFromTheirPagesAndResultsPointAtThem() throws IOException {
        Report report = TestDiagnosis.diagnoseFile(PROJECT.resolve(SCENARIO), "snapshot.json");
        JsonNode sarif = sarif(report, null);

        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertEquals("ecs-triage", driver.get("name").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(TestDiagnosis.engine().catalog().size(), rules.size());
        JsonNode results = sarif.at("/runs/0/results");
        assertEquals(report.findings().size(), results.size());
        for (JsonNode result : results) {
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertEquals(result.get("ruleId").asText(), rule.get("id").asText());
            String page = rule.at("/help/markdown").asText();
            assertTrue(page.startsWith("# " + rule.get("id").asText() + "\n"), page);
            assertTrue(page.contains("## Problem") && !page.contains("<!--"), page);
            assertTrue(result.at("/locations/0/logicalLocations").size() > 0, result::toString);
            assertTrue(result.at("/locations/0/physicalLocation").isMissingNode(), "no template, no file");
        }
        JsonNode first = results.get(0);
        assertEquals("EcrImageRegionMismatch", first.get("ruleId").asText());
        assertEquals("error", first.get("level").asText());
        assertTrue(first.at("/message/text").asText().contains("\nFix: aws ecr create-repository --repository-name task-management-api --region us-east-1"));
        List<String> names = new ArrayList<>();
        first.at("/locations/0/logicalLocations").forEach(l -> names.add(l.get("fullyQualifiedName").asText()));
        assertEquals(List.of("arn:aws:ecs:us-east-1:123456789012:task-definition/task-management-api:1",
                "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/task-management-api:latest", "task-management-api/TaskDefinition"), names);
    }

    @Test
    void rulesLinkToTheirPagesWhenTheBuildKnowsWhereTheyArePublished() throws IOException {
        Report report = TestDiagnosis.diagnoseFile(PROJECT.resolve(SCENARIO), "snapshot.json");
        RenderOptions options = RenderOptions.of(new JsonTrees(), false).withRules(TestDiagnosis.engine().catalog().values());
        StringWriter out = new StringWriter();

        new SarifRenderer(options, new BuildInfo("1.2.3", "abc", 35, "https://example.com/ecs-triage/blob/main"))
                .render(report, new PrintWriter(out));

        JsonNode sarif = MAPPER.readTree(out.toString());
        assertValid(sarif);
        JsonNode rule = sarif.at("/runs/0/tool/driver/rules/0");
        assertEquals("https://example.com/ecs-triage/blob/main/" + rule.at("/properties/docs").asText(), rule.get("helpUri").asText());
        assertEquals("1.2.3+abc", sarif.at("/runs/0/tool/driver/version").asText());
        assertTrue(sarif(report, null).at("/runs/0/tool/driver/rules/0/helpUri").isMissingNode(), "unpublished: no link");
    }

    @Test
    void levelsFollowSeverity() {
        assertEquals("error", SarifRenderer.level(Severity.HIGH));
        assertEquals("warning", SarifRenderer.level(Severity.MEDIUM));
        assertEquals("note", SarifRenderer.level(Severity.LOW));
    }

    @Test
    void withATemplateResultsPointAtTheLineToChange() throws IOException {
        Report report = TestDiagnosis.diagnoseFile(PROJECT.resolve(SCENARIO), "snapshot.json");
        TemplateLines template = new TemplateReader(InputLoader.DEFAULT_MAX_BYTES)
                .read(PROJECT.resolve("src/test/resources/templates/task-management-api.yaml").toString(), PROJECT);

        JsonNode sarif = sarif(report, template);

        assertValid(sarif);
        JsonNode results = sarif.at("/runs/0/results");
        JsonNode mismatch = results.get(0);
        assertEquals("src/test/resources/templates/task-management-api.yaml", mismatch.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(30, mismatch.at("/locations/0/physicalLocation/region/startLine").asInt(), "the Image line holds the URI the finding names");
        JsonNode latestTag = find(results, "LatestTagInUse");
        assertEquals("note", latestTag.get("level").asText());
        assertEquals(18, latestTag.at("/locations/0/physicalLocation/region/startLine").asInt(), "the task definition's own line");
        // the task role's policies were not read: "not checked" is not a finding, so not a code-scanning result
        assertTrue(report.notChecked().stream().anyMatch(f -> f.ruleId().equals("TaskRoleOverPrivileged")));
        for (JsonNode r : results) assertNotEquals("TaskRoleOverPrivileged", r.get("ruleId").asText());
    }

    private static JsonNode find(JsonNode results, String ruleId) {
        for (JsonNode r : results) if (r.get("ruleId").asText().equals(ruleId)) return r;
        throw new AssertionError(ruleId + " not in " + results);
    }
}
