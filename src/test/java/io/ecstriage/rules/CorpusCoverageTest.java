package io.ecstriage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.model.ErrorTexts;
import io.ecstriage.model.ImageRef;
import io.ecstriage.report.CorpusSections;
import io.ecstriage.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus text a rule claims (rules/CATEGORY/ID/corpus.json, the same ids as its @corpus) must produce that
 * rule's finding: pasted alone, and, for the stopped-task texts of sections A*, as the stoppedReason of a described
 * task. A text claimed by one rule must rank that rule first; a text several causes share needs each of them among
 * the findings. An advisory (LOW) finding never ranks first.
 */
class CorpusCoverageTest {
    private static final String DEFAULT_REGION = "us-east-1";

    record CorpusText(String rule, String id, String text) {}

    static Map<String, List<CorpusText>> byRule() {
        Map<String, List<CorpusText>> out = new TreeMap<>();
        try {
            for (RuleFolders.RuleFolder folder : RuleFolders.all()) {
                Path file = folder.corpus();
                if (!Files.isRegularFile(file)) continue;
                String rule = folder.id();
                List<CorpusText> texts = new ArrayList<>();
                for (JsonNode n : Samples.JSON.readTree(file.toFile())) texts.add(new CorpusText(rule, n.get("id").asText(), n.get("text").asText()));
                out.put(rule, texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, Set<String>> owners(Map<String, List<CorpusText>> byRule) {
        Map<String, Set<String>> owners = new TreeMap<>();
        byRule.values().forEach(l -> l.forEach(t -> owners.computeIfAbsent(t.id(), k -> new TreeSet<>()).add(t.rule())));
        return owners;
    }

    @Test
    void corpusIdsAgreeWithTheRulesMetadata() {
        Map<String, List<CorpusText>> byRule = byRule();
        Map<String, RuleMeta> catalog = TestDiagnosis.engine().catalog();
        List<String> problems = new ArrayList<>();
        for (RuleMeta m : catalog.values()) {
            Set<String> declared = new TreeSet<>(m.corpus());
            Set<String> listed = new TreeSet<>();
            byRule.getOrDefault(m.id(), List.of()).forEach(t -> listed.add(t.id()));
            if (!declared.equals(listed)) problems.add(m.id() + ": @corpus " + declared + " but corpus.json " + listed);
            if (declared.size() != m.corpus().size()) problems.add(m.id() + ": @corpus repeats an id " + m.corpus());
        }
        for (String rule : byRule.keySet()) if (!catalog.containsKey(rule)) problems.add(rule + ": corpus.json without a rule");
        assertEquals(List.of(), problems);
    }

    @Test
    void corpusIdsExistInTheCorpusAndAreNotRepeated() {
        List<String> known = CorpusSections.entryIds();
        assertEquals(known.size(), new TreeSet<>(known).size(), "the corpus section data repeats an id");
        List<String> problems = new ArrayList<>();
        byRule().forEach((rule, texts) -> {
            Set<String> seen = new TreeSet<>();
            for (CorpusText t : texts) {
                if (!known.contains(t.id())) problems.add(rule + ": " + t.id() + " is not a corpus entry");
                if (!seen.add(t.id())) problems.add(rule + ": " + t.id() + " twice");
                if (t.text().isBlank()) problems.add(rule + ": " + t.id() + " has no text");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void aTextSharedByTwoRulesIsTheSameText() {
        Map<String, String> first = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        byRule().values().forEach(l -> l.forEach(t -> {
            String before = first.putIfAbsent(t.id(), t.text());
            if (before != null && !before.equals(t.text())) problems.add(t.id() + " differs in " + t.rule());
        }));
        assertEquals(List.of(), problems);
    }

    // Every failure text of the corpus (129 of its 152; the other 23 show normal operation), 20 of them real texts found
    // after the first catalogue: the bar is the count, so a claim cannot drop silently
    private static final int CLAIMED_BY_RULE_OR_FAMILY = 129;

    @Test
    void coverageTableIsGeneratedAndEveryTextIsClaimedOrExplained() {
        List<CoverageTable.Row> rows = CoverageTable.rows();
        io.ecstriage.GeneratedFiles.verify(TestDiagnosis.projectDir().resolve("docs/rules/coverage.md"), CoverageTable.render(rows));
        assertEquals(List.of(), rows.stream().filter(r -> r.claim() == CoverageTable.Claim.UNEXPLAINED).map(CoverageTable.Row::id).toList(),
                "texts neither claimed nor explained: claim them or add a reason to docs/rules/coverage-reasons.json");
        assertEquals(List.of(), rows.stream().filter(r -> r.claim() == CoverageTable.Claim.REASON).map(CoverageTable.Row::id).toList(),
                "failure texts left to a reason: every failure text is claimed by a rule or a hypothesis family");
        long claimed = rows.stream().filter(r -> r.claim() == CoverageTable.Claim.RULE || r.claim() == CoverageTable.Claim.FAMILY).count();
        assertTrue(claimed >= CLAIMED_BY_RULE_OR_FAMILY, claimed + " of " + rows.size() + " texts claimed by a rule or family");
    }

    @Test
    void aReasonIsGivenOnlyForATextNothingClaims() throws IOException {
        JsonNode reasons = Samples.JSON.readTree(Files.readString(TestDiagnosis.projectDir().resolve("docs/rules/coverage-reasons.json"))).get("reasons");
        List<String> stale = new ArrayList<>();
        for (CoverageTable.Row r : CoverageTable.rows()) {
            if (reasons.has(r.id()) && r.claim() != CoverageTable.Claim.REASON) stale.add(r.id() + " is claimed (" + r.claim() + " " + r.by() + ")");
        }
        reasons.fieldNames().forEachRemaining(id -> { if (!CorpusSections.entryIds().contains(id)) stale.add(id + " is not a corpus entry"); });
        assertEquals(List.of(), stale);
    }

    @TestFactory
    Stream<DynamicTest> everyClaimedTextIsRecognised() {
        Map<String, List<CorpusText>> byRule = byRule();
        Map<String, Set<String>> owners = owners(byRule);
        List<DynamicTest> tests = new ArrayList<>();
        for (List<CorpusText> texts : byRule.values()) {
            for (CorpusText t : texts) {
                Set<String> shared = owners.get(t.id());
                tests.add(dynamicTest(t.rule() + " " + t.id() + " pasted", () -> assertRecognised(t, shared, pasted(t))));
                if (t.id().startsWith("A")) {
                    tests.add(dynamicTest(t.rule() + " " + t.id() + " as a stoppedReason", () -> assertRecognised(t, shared, stoppedTask(t))));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no rules/*/*/corpus.json");
        return tests.stream();
    }

    private static void assertRecognised(CorpusText t, Set<String> owners, Report report) {
        assertTrue(TestDiagnosis.finding(report, t.rule()).isPresent(),
                () -> t.id() + " must produce " + t.rule() + "; got " + TestDiagnosis.summary(report) + "\n  text: " + t.text());
        Finding first = report.findings().get(0);
        if (owners.size() == 1) {
            assertEquals(t.rule(), first.ruleId(), () -> t.id() + " is claimed by " + t.rule() + " alone, which must rank first; got "
                    + TestDiagnosis.summary(report));
        }
        if (TestDiagnosis.engine().catalog().get(t.rule()).severity() != Severity.LOW) {
            assertNotEquals(Severity.LOW, first.severity(), () -> "an advisory finding ranks first for " + t.id() + ": " + TestDiagnosis.summary(report));
        }
    }

    private static Report pasted(CorpusText t) {
        return TestDiagnosis.diagnose("corpus " + t.id(), Samples.fixture("corpus text " + t.id() + " pasted alone", null).text(null, t.text()).json());
    }

    /** A stopped Fargate task with the text as its stoppedReason, in the region (and account) of the ECR image the text names. */
    private static Report stoppedTask(CorpusText t) {
        List<ImageRef> images = ErrorTexts.ecrImages(t.text());
        ImageRef image = images.isEmpty() ? null : images.get(0);
        String region = image != null ? image.ecrRegion() : DEFAULT_REGION;
        String account = image != null ? image.ecrAccount() : Samples.ACCOUNT;
        String arn = "arn:aws:ecs:" + region + ":" + account + ":task/corpus-cluster/0123456789abcdef0123456789abcdef";
        ObjectNode root = Samples.JSON.createObjectNode();
        ObjectNode task = root.putArray("tasks").addObject();
        task.put("taskArn", arn).put("clusterArn", "arn:aws:ecs:" + region + ":" + account + ":cluster/corpus-cluster")
                .put("taskDefinitionArn", "arn:aws:ecs:" + region + ":" + account + ":task-definition/corpus:1")
                .put("group", "service:corpus-service").put("lastStatus", "STOPPED").put("desiredStatus", "STOPPED")
                .put("launchType", "FARGATE").put("stopCode", "TaskFailedToStart").put("stoppedReason", t.text())
                .put("createdAt", "2026-11-22T01:00:00Z").put("stoppedAt", "2026-11-22T01:01:00Z");
        ObjectNode c = task.putArray("containers").addObject().put("name", "app").put("lastStatus", "STOPPED").put("taskArn", arn);
        if (image != null) c.put("image", image.raw());
        root.putArray("failures");
        return TestDiagnosis.diagnose("corpus " + t.id(), Samples.fixture("corpus text " + t.id() + " as a stoppedReason", region)
                .output("aws ecs describe-tasks --cluster corpus-cluster --tasks " + arn + " --region " + region, root).json());
    }
}
