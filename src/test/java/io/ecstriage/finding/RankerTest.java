package io.ecstriage.finding;

import io.ecstriage.aws.AwsCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.StackResource;
import io.ecstriage.report.Report;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranking and merging on hand-made hits, reported through the real sink and builder; no rule base involved. */
class RankerTest {
    private static final Map<String, RuleMeta> CATALOG = catalog(
            new RuleMeta("Alpha", "Alpha title", Severity.HIGH, "logging", "a"),
            new RuleMeta("Bravo", "Bravo title", Severity.HIGH, "network", "b"),
            new RuleMeta("Medium", "Medium title", Severity.MEDIUM, "health", "m"),
            new RuleMeta("Low", "Low title", Severity.LOW, "hygiene", "l"));
    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");
    private static final String TD = "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3";

    private final HitSink sink = new HitSink();
    private final List<Object> facts = new ArrayList<>();

    private static Map<String, RuleMeta> catalog(RuleMeta... metas) {
        Map<String, RuleMeta> m = new LinkedHashMap<>();
        for (RuleMeta meta : metas) m.put(meta.id(), meta);
        return m;
    }

    /** A hit as the named rule's consequence would start it. */
    private HitBuilder hit(String ruleName) {
        sink.firing(ruleName);
        return sink.hit();
    }

    private List<Finding> rank() {
        Snapshot snapshot = new Snapshot("in.json", null, "eu-west-1", null, facts, List.of(), List.of());
        return new Ranker(CATALOG).rank(sink.hits(), snapshot);
    }

    private static List<String> order(List<Finding> findings) {
        return findings.stream().map(f -> f.rank() + " " + f.ruleId() + " " + String.join(",", f.resources())).toList();
    }

    // --- merging ---

    @Test
    void hitsOfOneRuleAndSubjectMergeIntoOneFinding() {
        hit("Alpha").subject("/ecs/web@eu-west-1").basis("listing", 0.75).resource(TD).resource("/ecs/web")
                .evidence("listing", "no log group named /ecs/web").fix(io.ecstriage.fix.AwsStep.of(io.ecstriage.aws.AwsCall.parse("aws logs create-log-group --log-group-name /ecs/web"))).report();
        hit("Alpha: stopped task").subject("/ecs/web@eu-west-1").basis("stopped-reason", 0.60).resource(TD)
                .evidence("stopped task t1", "log group does not exist").fix(io.ecstriage.fix.AwsStep.of(io.ecstriage.aws.AwsCall.parse("aws logs create-log-group --log-group-name /ecs/web")))
                .note("or set awslogs-create-group").report();

        List<Finding> findings = rank();

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(1, f.rank());
        assertEquals("Alpha", f.ruleId());
        assertEquals(CATALOG.get("Alpha"), f.rule());
        assertEquals(0.90, f.confidence(), 1e-9);
        assertEquals(List.of(TD, "/ecs/web"), f.resources());
        assertEquals(List.of(new Evidence("listing", "no log group named /ecs/web"), new Evidence("stopped task t1", "log group does not exist")),
                f.evidence());
        assertEquals(List.of("aws logs create-log-group --log-group-name /ecs/web"), f.fix().commands(), "commands are not repeated");
        assertEquals(List.of("or set awslogs-create-group"), f.fix().notes());
    }

    @Test
    void differentSubjectsOfOneRuleStayApart() {
        hit("Alpha").subject("/ecs/web@eu-west-1").basis("listing", 0.75).resource("/ecs/web").report();
        hit("Alpha").subject("/ecs/api@eu-west-1").basis("listing", 0.75).resource("/ecs/api").report();

        assertEquals(2, rank().size());
    }

    @Test
    void differentRulesOnOneSubjectStayApart() {
        hit("Alpha").subject("sg-1").basis("config", 0.45).report();
        hit("Bravo").subject("sg-1").basis("config", 0.45).report();

        assertEquals(List.of("Alpha", "Bravo"), rank().stream().map(Finding::ruleId).toList());
    }

    @Test
    void aHitWithoutSubjectJoinsItsRulesOnlySubject() {
        hit("Alpha: pasted text").basis("stopped-reason", 0.60).evidence("pasted text", "log group does not exist").report();
        hit("Alpha").subject("/ecs/web@eu-west-1").basis("listing", 0.75).resource("/ecs/web").evidence("listing", "none").report();

        List<Finding> findings = rank();

        assertEquals(1, findings.size());
        assertEquals(0.90, findings.get(0).confidence(), 1e-9);
        assertEquals(2, findings.get(0).evidence().size());
        assertEquals(List.of("/ecs/web"), findings.get(0).resources());
    }

    @Test
    void hitsWithoutSubjectStayTogetherButApartWhenTheRuleHasSeveralSubjects() {
        hit("Alpha").subject("/ecs/web@eu-west-1").basis("listing", 0.75).resource("/ecs/web").report();
        hit("Alpha").subject("/ecs/api@eu-west-1").basis("listing", 0.75).resource("/ecs/api").report();
        hit("Alpha: pasted text").basis("stopped-reason", 0.60).evidence("pasted text", "one").report();
        hit("Alpha: pasted text").basis("stopped-reason", 0.60).evidence("pasted text", "two").report();

        List<Finding> findings = rank();

        assertEquals(3, findings.size());
        Finding loose = findings.stream().filter(f -> f.resources().isEmpty()).findFirst().orElseThrow();
        assertEquals(2, loose.evidence().size());
        assertEquals(0.60, loose.confidence(), 1e-9);
    }

    @Test
    void hitsWithoutAnySubjectMakeOneFinding() {
        hit("Alpha: pasted text").basis("stopped-reason", 0.60).evidence("pasted text", "one").report();
        hit("Alpha: pasted text").basis("stopped-reason", 0.60).evidence("pasted text", "two").report();

        assertEquals(1, rank().size());
    }

    // --- confidence ---

    @Test
    void eachBasisCountsOnceAtItsStrongestThenBasesCombine() {
        hit("Alpha").subject("s").basis("text", 0.30).report();
        hit("Alpha").subject("s").basis("text", 0.60).report();
        hit("Alpha").subject("s").basis("listing", 0.75).report();

        // max(text) = 0.6 with the listing: 1 - 0.4 × 0.25; counting the weak text too would give 0.93
        assertEquals(0.90, rank().get(0).confidence(), 1e-9);
    }

    @Test
    void oneHitsOwnBasesAlsoTakeTheirMaximum() {
        hit("Alpha").subject("s").basis("text", 0.30).basis("text", 0.60).report();

        assertEquals(0.60, rank().get(0).confidence(), 1e-9);
    }

    @Test
    void confidenceIsRoundedToHundredths() {
        hit("Alpha").subject("s").basis("a", 0.333).basis("b", 0.2).report();

        // 1 - 0.667 × 0.8 = 0.4664
        assertEquals(0.47, rank().get(0).confidence(), 1e-9);
    }

    // --- order ---

    @Test
    void ranksByConfidenceTimesSeverity() {
        hit("Medium").subject("m").basis("x", 0.90).report(); // 0.63
        hit("Alpha").subject("a").basis("x", 0.60).report(); // 0.60
        hit("Bravo").subject("b").basis("x", 0.70).report(); // 0.70

        assertEquals(List.of("1 Bravo ", "2 Medium ", "3 Alpha "), order(rank()));
    }

    @Test
    void lowNeverOutranksEvenWhenAlmostCertain() {
        hit("Low").subject("l").basis("x", 0.99).report();
        hit("Medium").subject("m").basis("x", 0.10).report();
        hit("Alpha").subject("a").basis("x", 0.05).report();

        assertEquals(List.of("1 Medium ", "2 Alpha ", "3 Low "), order(rank()));
    }

    @Test
    void equalScoresRankTheMoreRecentEvidenceFirst() {
        hit("Alpha").subject("a").basis("x", 0.60).at(T0).report();
        hit("Bravo").subject("b").basis("x", 0.60).at(T0.plusSeconds(60)).report();

        assertEquals(List.of("1 Bravo ", "2 Alpha "), order(rank()));
    }

    @Test
    void evidenceWithATimeOutranksEvidenceWithout() {
        hit("Alpha").subject("a").basis("x", 0.60).report();
        hit("Bravo").subject("b").basis("x", 0.60).at(T0).report();

        assertEquals(List.of("1 Bravo ", "2 Alpha "), order(rank()));
    }

    @Test
    void equalScoresAndTimesRankById() {
        hit("Bravo").subject("b").basis("x", 0.60).at(T0).report();
        hit("Alpha").subject("a").basis("x", 0.60).at(T0).report();

        assertEquals(List.of("1 Alpha ", "2 Bravo "), order(rank()));
    }

    @Test
    void sameRuleAndScoreRankByResources() {
        hit("Alpha").subject("2").basis("x", 0.60).resource("/ecs/web").report();
        hit("Alpha").subject("1").basis("x", 0.60).resource("/ecs/api").report();

        assertEquals(List.of("1 Alpha /ecs/api", "2 Alpha /ecs/web"), order(rank()));
    }

    @Test
    void latestIsTheNewestOfTheMergedHits() {
        hit("Alpha").subject("s").basis("x", 0.6).at(T0.plusSeconds(30)).at(T0).report();
        hit("Alpha").subject("s").basis("x", 0.6).at(T0.plusSeconds(10)).report();

        assertEquals(T0.plusSeconds(30), rank().get(0).latest());
    }

    @Test
    void unknownRuleRanksAsMedium() {
        hit("Unlisted").subject("u").basis("x", 0.6).report();

        Finding f = rank().get(0);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals("Unlisted", f.rule().title());
    }

    // --- missing evidence ---

    @Test
    void missingEvidenceIsDroppedWhenAnotherHitSuppliesItsBasis() {
        hit("Alpha: stopped task").subject("s").basis("stopped-reason", 0.6)
                .wouldSettle("listing", AwsCall.of("logs", "describe-log-groups"), "shows the group").report();
        hit("Alpha").subject("s").basis("listing", 0.75).report();

        assertEquals(List.of(), rank().get(0).missingEvidence());
    }

    @Test
    void missingEvidenceIsKeptOnceWhileItsBasisIsAbsent() {
        MissingEvidence listing = MissingEvidence.of("listing", AwsCall.of("logs", "describe-log-groups"), "shows the group");
        hit("Alpha: stopped task").subject("s").basis("stopped-reason", 0.6)
                .wouldSettle("listing", AwsCall.of("logs", "describe-log-groups"), "shows the group").report();
        hit("Alpha: stopped task").subject("s").basis("stopped-reason", 0.6)
                .wouldSettle("listing", AwsCall.of("logs", "describe-log-groups"), "shows the group").report();

        assertEquals(List.of(listing), rank().get(0).missingEvidence());
    }

    // --- what the snapshot adds ---

    @Test
    void explainedSymptomsComeFromTheSnapshotWithTheirFollowers() {
        EcsTask task = new EcsTask("eu-west-1", "arn:aws:ecs:eu-west-1:111122223333:task/c/t1", "t1", null, TD, "service:web",
                "STOPPED", "STOPPED", "TaskFailedToStart", "log group does not exist", T0, T0.plusSeconds(40), "FARGATE",
                null, null, null, null, null, List.of());
        EcsService service = new EcsService("eu-west-1", null, "web", null, "ACTIVE", TD, 1, 0, 0, "FARGATE", List.of(), List.of(),
                null, List.of(), null, null);
        facts.add(task);
        facts.add(service);
        hit("Alpha").subject("s").basis("x", 0.6).explains(task).explains(task).report();

        List<Symptom> explains = rank().get(0).explains();

        assertEquals(List.of("task:t1", "service:eu-west-1::/web"), explains.stream().map(Symptom::id).toList());
    }

    @Test
    void explainsOfFactsThatAreNoSymptomAreDropped() {
        hit("Alpha").subject("s").basis("x", 0.6).explains("not a fact").explains(null).report();

        assertEquals(List.of(), rank().get(0).explains());
    }

    @Test
    void stackResourcesBehindTheResourcesAreNamedForTheFix() {
        facts.add(new StackResource("eu-west-1", "web-stack", "TaskDefinition", TD,
                "AWS::ECS::TaskDefinition", "UPDATE_COMPLETE"));
        facts.add(new StackResource("eu-west-1", "web-stack", "Service", "arn:aws:ecs:eu-west-1:111122223333:service/c/web",
                "AWS::ECS::Service", "CREATE_COMPLETE"));
        facts.add(new StackResource("eu-west-1", "web-stack", "Bucket", "unrelated", "AWS::S3::Bucket", "CREATE_COMPLETE"));
        hit("Alpha").subject("s").basis("x", 0.6).resource(TD).resource("web").resource("/ecs/web").report();

        List<TemplateResource> template = rank().get(0).fix().templateResources();

        assertEquals(List.of(
                new TemplateResource("web-stack", "TaskDefinition", "AWS::ECS::TaskDefinition", TD),
                new TemplateResource("web-stack", "Service", "AWS::ECS::Service", "arn:aws:ecs:eu-west-1:111122223333:service/c/web")),
                template);
    }

    @Test
    void anotherRevisionIsNotTheStacksTaskDefinition() {
        facts.add(new StackResource("eu-west-1", "web-stack", "TaskDefinition", "arn:aws:ecs:eu-west-1:111122223333:task-definition/web:2",
                "AWS::ECS::TaskDefinition", "UPDATE_COMPLETE"));
        hit("Alpha").subject("s").basis("x", 0.6).resource(TD).report();
        hit("Bravo").subject("s").basis("x", 0.6).resource("web:2").report();

        List<Finding> findings = rank();

        assertEquals(List.of(), findings.get(0).fix().templateResources());
        assertEquals("TaskDefinition", findings.get(1).fix().templateResources().get(0).logicalId(), "family:revision names it too");
    }

    @Test
    void nothingToRank() {
        assertEquals(List.of(), rank());
    }

    // --- the sink and builder the rules report through ---

    @Test
    void variantsReportUnderTheRuleId() {
        assertEquals("Alpha", HitSink.ruleIdOf("Alpha: stopped task without its task definition"));
        assertEquals("Alpha", HitSink.ruleIdOf("Alpha"));
        hit("Alpha: pasted text").basis("x", 0.3).report();
        assertEquals("Alpha", sink.hits().get(0).ruleId());
    }

    @Test
    void aHitNeedsABasis() {
        HitBuilder b = hit("Alpha").subject("s").evidence("a", "b");

        IllegalStateException e = assertThrows(IllegalStateException.class, b::report);
        assertTrue(e.getMessage().contains("Alpha"));
        assertTrue(sink.hits().isEmpty());
    }

    @Test
    void aHitOutsideARuleIsAnError() {
        assertThrows(IllegalStateException.class, () -> new HitSink().hit());
    }

    @Test
    void nullResourcesAndCommandsAreSkipped() {
        hit("Alpha").subject("s").basis("x", 0.6).resource(null).resource("r").resource("r").fix(null)
                .fixAll(List.of(io.ecstriage.fix.CurlStep.of("http://c1/"), io.ecstriage.fix.CurlStep.of("http://c2/"))).report();

        Hit h = sink.hits().get(0);
        assertEquals(List.of("r"), h.resources());
        assertEquals(List.of("curl -v http://c1/", "curl -v http://c2/"), h.fixSteps().stream().map(io.ecstriage.fix.Step::render).toList());
    }

    // --- exit status follows the ranking ---

    @Test
    void onlyAdvisoryFindingsAreNoProblem() {
        hit("Low").subject("l").basis("x", 0.99).report();
        Report lowOnly = new Report("in", null, null, rank(), List.of(), List.of(), List.of(), List.of());
        assertFalse(lowOnly.problemsFound());

        hit("Medium").subject("m").basis("x", 0.1).report();
        Report withMedium = new Report("in", null, null, rank(), List.of(), List.of(), List.of(), List.of());
        assertTrue(withMedium.problemsFound());
    }
}
