package io.ecstriage.repl;

import io.ecstriage.aws.AwsCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Fix;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextCheckTest {
    private static Finding f(int rank, String rule, Severity s, double confidence, MissingEvidence... missing) {
        return new Finding(rank, new RuleMeta(rule, rule, s, "test", ""), confidence, List.of(), List.of(),
                new Fix(List.of(), List.of(), List.of(), List.of()), List.of(), List.of(missing), null);
    }

    private static Report r(Finding... findings) {
        return new Report("session", null, "eu-west-1", List.of(findings), List.of(), List.of(), List.of(), List.of());
    }

    private static final MissingEvidence LISTING = MissingEvidence.of("listing", AwsCall.of("logs", "describe-log-groups").in("REGION"), "shows whether the group exists");
    private static final MissingEvidence SUBNETS = MissingEvidence.of("subnets", AwsCall.of("ec2", "describe-subnets").with("--subnet-ids", "SUBNET_IDS"), "AZs");
    private static final MissingEvidence TASKDEF = MissingEvidence.of("taskdef", AwsCall.of("ecs", "describe-task-definition").with("--task-definition", "web:3"), "names the group");

    @Test
    void theCommandBearingOnTheMostDoubtfulWeightyCandidatesWins() {
        Report report = r(f(1, "LogGroupMissing", Severity.HIGH, 0.6, LISTING), f(2, "AlbSubnetsSameAz", Severity.HIGH, 0.3, SUBNETS));

        NextCheck.Suggestion s = NextCheck.best(report).orElseThrow();

        // 0.6 x 0.4 = 0.24 for the listing, 0.3 x 0.7 = 0.21 for the subnets
        assertEquals("aws logs describe-log-groups --region eu-west-1", s.command(), "REGION is filled in from the report");
        assertEquals(List.of("LogGroupMissing"), s.bearsOn().stream().map(Finding::ruleId).toList());
        assertEquals(List.of("AlbSubnetsSameAz"), s.others().stream().map(Finding::ruleId).toList());
    }

    @Test
    void aCommandThatSettlesTwoCandidatesBeatsOneThatSettlesOne() {
        Report report = r(f(1, "A", Severity.HIGH, 0.6, TASKDEF, LISTING), f(2, "B", Severity.HIGH, 0.45, TASKDEF));

        assertEquals(TASKDEF.command(), NextCheck.best(report).orElseThrow().command());
    }

    @Test
    void runnableCommandsWinTiesAndPlaceholdersAreNamed() {
        Report report = r(f(1, "A", Severity.HIGH, 0.6, SUBNETS, TASKDEF));

        List<NextCheck.Suggestion> all = NextCheck.ranked(report);

        assertEquals(TASKDEF.command(), all.get(0).command());
        assertEquals(List.of("SUBNET_IDS"), all.get(1).placeholders());
    }

    @Test
    void settledFindingsLeaveNothingToFetchAndAnEmptySessionStartsFromTheService() {
        assertTrue(NextCheck.best(r(f(1, "A", Severity.HIGH, 0.9))).isEmpty());
        var empty = new io.ecstriage.model.Snapshot("s", null, null, null, List.of(), List.of(), List.of());
        assertEquals("aws ecs describe-services --cluster c --services web",
                NextCheck.starter(empty, Scope.NONE.with(Scope.Kind.cluster, "c").with(Scope.Kind.service, "web")));
    }
}
