package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.rules.TierThree;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Every format shows the benign stops of the benign-stops scenario, and none shows them where there are none. */
class BenignStopsRenderingTest {
    private static String render(Renderer renderer, Report r) {
        StringWriter out = new StringWriter();
        renderer.render(r, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void markdownListsEachStopUnderItsHeading() {
        String md = render(new MarkdownRenderer(), TierThree.scenario("benign-stops"));
        assertTrue(md.contains("### Benign stops (normal operation, not failures)\n\n- task 2d9a6b4c1e3f4a6b0c8d7e6f5a4b3c2d (service web,"
                + " ServiceSchedulerInitiated): scaled in or replaced by a deployment: Scaling activity initiated by (deployment"), md);
        assertTrue(md.contains("(service web, SpotInterruption): Spot interruption: Your Spot Task was interrupted."), md);
    }

    @Test
    void briefCountsThemAfterTheRanking() {
        String brief = render(new BriefRenderer(), TierThree.scenario("benign-stops"));
        assertTrue(brief.endsWith("Benign stops: 4 (normal operation, not failures; `diagnose` lists them)\n"), brief);
    }

    @Test
    void jsonHasOneObjectPerStop() throws Exception {
        JsonNode stops = new ObjectMapper().readTree(render(new JsonRenderer(new JsonTrees()), TierThree.scenario("benign-stops"))).path("benignStops");
        assertEquals(4, stops.size());
        assertEquals("3e0b7c5d2f4a4b7c1d9e8f7a6b5c4d3e", stops.get(1).path("subject").asText());
        assertEquals("SpotInterruption", stops.get(1).path("stopCode").asText());
        assertEquals("Spot interruption", stops.get(1).path("kind").asText());
    }

    @Test
    void aReportWithoutBenignStopsHasNoSuchSection() {
        Report r = TierThree.scenario("seed001-oom");
        assertFalse(render(new TextRenderer(false), r).contains("Benign stops"));
        assertFalse(render(new MarkdownRenderer(), r).contains("Benign stops"));
        assertFalse(render(new BriefRenderer(), r).contains("Benign stops"));
    }
}
