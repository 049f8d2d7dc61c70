package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Fix;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.TemplateChange;
import io.ecstriage.finding.TemplateResource;
import io.ecstriage.fix.AwsStep;
import io.ecstriage.fix.CurlStep;
import io.ecstriage.fix.DockerStep;
import io.ecstriage.fix.JqStep;
import io.ecstriage.fix.Step;
import io.ecstriage.fix.Precondition;
import io.ecstriage.fix.TaskDefinitionChange;
import io.ecstriage.json.JsonTrees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every renderer prints a plan the same way: template change first, then the steps with what the evidence checked. */
class FixRenderingTest {
    private static final TemplateChange CHANGE = new TemplateChange("app", "TaskDefinition", "AWS::ECS::TaskDefinition",
            "ContainerDefinitions[0].Image", "1.dkr.ecr.us-east-1.amazonaws.com/api:1", "ContainerImage");
    private static final TaskDefinitionChange REPOINT = TaskDefinitionChange.ofContainer("api:3", "app", ".image = \"x\"", "c", "s", "us-east-1")
            .given(Precondition.verified("image api:1 exists in us-east-1"));
    private static final AwsStep UNKNOWN = AwsStep.of(AwsCall.of("logs", "create-log-group").with("--log-group-name", "/ecs/a").in("us-east-1"))
            .given(Precondition.unknown("group absent"));

    private static Report report() {
        Fix fix = new Fix(List.of(REPOINT, UNKNOWN), List.of("a note"),
                List.of(new TemplateResource("app", "TaskDefinition", "AWS::ECS::TaskDefinition", "arn:td")), List.of(CHANGE));
        Finding f = new Finding(1, new RuleMeta("EcrImageRegionMismatch", "t", Severity.HIGH, "image", "s"), 0.9, List.of("arn:td"),
                List.of(), fix, List.of(), List.of(), null);
        return new Report("in.json", null, "us-east-1", List.of(f), List.of(), List.of(), List.of(), List.of());
    }

    private static String render(Renderer r) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            r.render(report(), out);
        }
        return s.toString();
    }

    @Test
    void textPutsTheTemplateFirstAndMarksTheCliAsDrifting() {
        String text = render(new TextRenderer(false));
        int template = text.indexOf("Fix in the template:");
        int cli = text.indexOf("Fix by CLI instead (drifts the stack):");
        assertTrue(template > 0 && cli > template, text);
        assertTrue(text.contains("in stack app set parameter ContainerImage (it feeds TaskDefinition.ContainerDefinitions[0].Image) to 1.dkr.ecr.us-east-1.amazonaws.com/api:1"), text);
        assertTrue(text.contains("# checked: image api:1 exists in us-east-1: yes\n     " + REPOINT.render()), text);
        assertTrue(text.contains("# checked: group absent: not known"), text);
    }

    @Test
    void markdownDoesTheSame() {
        String md = render(new MarkdownRenderer());
        assertTrue(md.indexOf("**Fix in the template**") < md.indexOf("**Fix by CLI instead** (drifts the stack)"), md);
        assertTrue(md.contains("```sh\n# checked: image api:1 exists in us-east-1: yes\n" + REPOINT.render() + "\n"), md);
    }

    @Test
    void jsonKeepsCommandsAndAddsStepsAndTemplateChanges() throws Exception {
        JsonNode fix = new ObjectMapper().readTree(render(new JsonRenderer(new JsonTrees()))).path("findings").get(0).path("fix");
        assertEquals(REPOINT.render(), fix.path("commands").get(0).asText());
        assertEquals("task-definition", fix.path("steps").get(0).path("type").asText());
        assertTrue(fix.path("steps").get(1).path("preconditions").get(0).path("holds").isNull());
        assertEquals("TaskDefinition.ContainerDefinitions[0].Image", fix.path("templateChanges").get(0).path("path").asText());
        assertEquals("ContainerImage", fix.path("templateChanges").get(0).path("parameter").asText());
        assertTrue(fix.path("driftsStack").asBoolean());
    }

    /** One step of each type, one with a value the shell must quote: each is the same one line in every format. */
    private static final List<Step> EVERY_KIND = List.of(
            AwsStep.of(AwsCall.of("ec2", "create-security-group").with("--group-name", "api's group").with("--description", "a b")
                    .with("--vpc-id", "vpc-1").in("us-east-1")),
            DockerStep.of("push", "1.dkr.ecr.us-east-1.amazonaws.com/api:1"),
            JqStep.of(".name = \"it's\""),
            CurlStep.of("http://web-1.example.com/health?x=1&y=2"),
            TaskDefinitionChange.ofTask("api:3", ".cpu = \"512\"", "c", "s", "us-east-1"));

    private static String renderEveryKind(Renderer r) {
        Finding f = new Finding(1, new RuleMeta("LogGroupMissing", "t", Severity.HIGH, "logging", "s"), 0.9, List.of(), List.of(),
                new Fix(EVERY_KIND, List.of(), List.of(), List.of()), List.of(), List.of(), null);
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            r.render(new Report("in.json", null, "us-east-1", List.of(f), List.of(), List.of(), List.of(), List.of()), out);
        }
        return s.toString();
    }

    @Test
    void everyStepTypeIsTheSameQuotedLineInTextMarkdownAndJson() throws Exception {
        List<String> lines = EVERY_KIND.stream().map(Step::render).toList();
        assertEquals("aws ec2 create-security-group --group-name 'api'\\''s group' --description 'a b' --vpc-id vpc-1 --region us-east-1", lines.get(0));
        String everyText = renderEveryKind(new TextRenderer(false));
        String md = renderEveryKind(new MarkdownRenderer());
        for (String line : lines) {
            assertTrue(everyText.contains(line + "\n"), "text: " + line + "\n" + everyText);
            assertTrue(md.contains(line + "\n"), "markdown: " + line + "\n" + md);
        }
        JsonNode fix = new ObjectMapper().readTree(renderEveryKind(new JsonRenderer(new JsonTrees()))).path("findings").get(0).path("fix");
        List<String> commands = new java.util.ArrayList<>();
        List<String> types = new java.util.ArrayList<>();
        fix.path("commands").forEach(c -> commands.add(c.asText()));
        fix.path("steps").forEach(st -> types.add(st.path("type").asText()));
        assertEquals(lines, commands);
        assertEquals(List.of("aws", "docker", "jq", "curl", "task-definition"), types);
    }

    @Test
    void briefShowsTheRankingAndNoCommand() {
        String brief = renderEveryKind(new BriefRenderer());
        assertTrue(brief.contains("LogGroupMissing"), brief);
        for (Step st : EVERY_KIND) assertTrue(!brief.contains(st.render()), brief);
    }
}
