package io.ecstriage.finding.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every text of the error-text corpus (src/test/resources/corpus/error-texts.json, a copy of
 * ../shared/corpus/error-texts.md with its ids), each pasted alone: a text that names a failure must fail the run
 * (exit 1), and when no rule confirms a cause it must have hypotheses whose checks, together, name every identifier
 * the text gives (ARNs or their names, the Region of an ARN, services, tasks). A text that shows normal operation
 * (a steady state, initial health checks) must not fail the run.
 */
class CorpusWalkTest {
    private static final Pattern ARN = Pattern.compile("arn:aws[\\w-]*:([a-z0-9-]+):([a-z]{2}(?:-[a-z]+)+-\\d)?:(\\d{12}):([\\w+=,.@:/-]+)");
    private static final Pattern SERVICE = Pattern.compile("\\(service ([\\w-]+)\\)");
    private static final Pattern TASK = Pattern.compile("\\(task ([0-9a-f]{32})\\)");

    record Text(String id, Boolean failure, String text) {}

    static List<Text> corpus() throws IOException {
        try (InputStream in = CorpusWalkTest.class.getResourceAsStream("/corpus/error-texts.json")) {
            JsonNode root = Samples.JSON.readTree(in);
            List<Text> out = new ArrayList<>();
            for (JsonNode n : root.get("texts")) out.add(new Text(n.get("id").asText(), n.get("failure").isNull() ? null : n.get("failure").asBoolean(), n.get("text").asText()));
            return out;
        }
    }

    /** What a check must name for the text: each ARN (whole, or the name after its last '/'), its Region, services, tasks. */
    static Set<List<String>> identifiers(String text) {
        Set<List<String>> out = new LinkedHashSet<>();
        Matcher m = ARN.matcher(text);
        while (m.find()) {
            String resource = m.group(4).replaceAll("[.,]+$", "");
            String[] parts = resource.split("/");
            String name = m.group(1).equals("sts") && parts.length > 1 ? parts[1] : parts[parts.length - 1];
            if (m.group(1).equals("elasticloadbalancing") && parts.length > 2) name = parts[1];
            out.add(List.of(m.group(0).replaceAll("[.,]+$", ""), name));
            if (m.group(2) != null) out.add(List.of(m.group(2)));
        }
        m = SERVICE.matcher(text);
        while (m.find()) out.add(List.of(m.group(1)));
        m = TASK.matcher(text);
        while (m.find()) out.add(List.of(m.group(1)));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusText() throws IOException {
        return corpus().stream().map(t -> dynamicTest(t.id(), () -> {
            if (t.failure() == null) return;
            Report r = TestDiagnosis.diagnose("corpus " + t.id(), t.text());
            if (!t.failure()) {
                assertFalse(r.problemsFound(), t.id() + " shows no failure but the run fails: " + TestDiagnosis.summary(r));
                return;
            }
            assertTrue(r.problemsFound(), t.id() + " names a failure: exit 1 expected; " + TestDiagnosis.summary(r));
            boolean confirmed = r.findings().stream().anyMatch(f -> !f.rule().symptomOnly() && f.severity() != Severity.LOW);
            if (confirmed) return;
            assertFalse(r.hypotheses().isEmpty(), t.id() + ": no rule confirms a cause, so hypotheses are expected");
            String checks = String.join("\n", r.hypotheses().stream().map(h -> h.check().command()).toList());
            for (List<String> alternatives : identifiers(t.text())) {
                assertTrue(alternatives.stream().anyMatch(checks::contains),
                        t.id() + ": no hypothesis' check names " + alternatives.get(0) + "\n" + checks);
            }
        }));
    }

    @org.junit.jupiter.api.Test
    void theTargetHealthLineOfTheIssueGivesHypothesesWithItsServiceTargetGroupAndRegion() {
        String line = "(service civictechjobs-fullstack-stage) (port 8000) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-west-2:"
                + "035866691871:targetgroup/civictechjobs-fullstack-stage/555a47e25c5a1850) due to (reason Health checks failed).";
        Report r = TestDiagnosis.diagnose("pasted", line);
        assertTrue(r.problemsFound());
        assertTrue(r.findings().isEmpty(), TestDiagnosis.summary(r));
        String checks = String.join("\n", r.hypotheses().stream().map(h -> h.check().command()).toList());
        assertTrue(checks.contains("aws ecs describe-services --cluster CLUSTER --services civictechjobs-fullstack-stage --region us-west-2"), checks);
        assertTrue(checks.contains("--target-group-arns arn:aws:elasticloadbalancing:us-west-2:035866691871:targetgroup/civictechjobs-fullstack-stage/555a47e25c5a1850 --region us-west-2"), checks);
        assertEquals("HealthCheckBlockedBySecurityGroup", r.hypotheses().get(0).causeId());
    }

    @org.junit.jupiter.api.Test
    void aPastedCircuitBreakerFailureIsAFailureWithHypothesesAndTheStoppedTasksAsTheirCheck() {
        Report r = TestDiagnosis.diagnose("pasted", "(service web) (deployment ecs-svc/123) deployment failed: tasks failed to start.");
        assertTrue(r.problemsFound());
        assertTrue(r.hypotheses().size() >= 5, TestDiagnosis.summary(r));
        r.hypotheses().forEach(h -> assertEquals("aws ecs list-tasks --cluster CLUSTER --service-name web --desired-status STOPPED --region REGION",
                h.check().command(), "one check separates them all"));
    }

    @org.junit.jupiter.api.Test
    void aSteadyStateIsNotAFailure() {
        Report r = TestDiagnosis.diagnose("pasted", "(service web) has reached a steady state.");
        assertFalse(r.problemsFound());
        assertTrue(r.hypotheses().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void progressAndAFailureCopiedOntoOneLineAreAFailure() {
        // two events the console joined: the progress at its start made the whole line progress, and the run said exit 0
        Report r = TestDiagnosis.diagnose("pasted", "(service web) has started 1 tasks: (task 0123456789abcdef0123456789abcdef)."
                + " (service web) was unable to place a task because no container instance met all of its requirements.");
        assertTrue(r.problemsFound(), TestDiagnosis.summary(r));
        assertFalse(r.hypotheses().isEmpty(), TestDiagnosis.summary(r));
    }
}
