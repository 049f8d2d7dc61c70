package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.rules.TierThree;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Markdown and brief show what the stack's last update changed (text and JSON are the scenario goldens); a report without it has no such section. */
class StackChangesRenderingTest {
    private static final String SCENARIO = "stack-update-image-rolled-back";

    private static String render(Renderer renderer, Report r) {
        StringWriter out = new StringWriter();
        renderer.render(r, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void markdownNestsPropertiesUnderTheirResourceUnderTheStack() {
        String md = render(new MarkdownRenderer(), TierThree.scenario(SCENARIO));
        assertTrue(md.contains("### Changed by the stack's last update\n\n"
                + "- stack orders-stack's update of 2026-12-03T14:02:11.402Z (UPDATE_ROLLBACK_COMPLETE)\n"
                + "  - TaskDefinition (AWS::ECS::TaskDefinition, arn:aws:ecs:eu-west-1:111122223333:task-definition/orders-api:8) replaced\n"
                + "    - ContainerDefinitions[0].Image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:v41 (= parameter ImageUri now) → "
                + "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:v42\n"), md);
        assertTrue(md.contains("  - parameters now (their values before the update are not recorded): DesiredCount=2, ImageUri="), md);
    }

    @Test
    void briefNamesTheChangedPropertiesInOneLine() {
        String brief = render(new BriefRenderer(), TierThree.scenario(SCENARIO));
        assertTrue(brief.contains("Changed by the stack's last update: TaskDefinition ContainerDefinitions[0].Image; Service TaskDefinition\n"), brief);
    }

    @Test
    void aReportWithoutStackEventsHasNoSuchSection() {
        Report r = TierThree.scenario("seed002-image-pull");
        assertFalse(render(new TextRenderer(false), r).contains("Changed by the stack"));
        assertFalse(render(new MarkdownRenderer(), r).contains("Changed by the stack"));
        assertFalse(render(new BriefRenderer(), r).contains("Changed by the stack"));
    }
}
