package io.ecstriage.rules.logging;

import static io.ecstriage.Samples.GROUP;
import static io.ecstriage.Samples.LOG_GROUP_REASON;
import static io.ecstriage.Samples.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.Symptom;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleCases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogGroupMissingTest extends RuleCases {
    private static final String NEW_WORDING = "ResourceInitializationError: failed to validate logger args: The task cannot find the"
            + " Amazon CloudWatch log group defined in the task definition. There is a connection issue between the task and Amazon"
            + " CloudWatch. Check your network configuration. : signal: killed";

    LogGroupMissingTest() {
        super("LogGroupMissing");
    }

    private static Report diagnose(Samples.Fixture fixture) {
        return TestDiagnosis.diagnose("inline.json", fixture.json());
    }

    private static Finding theFinding(Report report) {
        assertEquals(1, report.findings().size(), () -> "one finding expected: " + TestDiagnosis.summary(report));
        Finding f = report.findings().get(0);
        assertEquals("LogGroupMissing", f.ruleId());
        return f;
    }

    private static boolean quiet(Report report) {
        return TestDiagnosis.finding(report, "LogGroupMissing").isEmpty();
    }

    private static Samples.Fixture pastedTextOnly() {
        return Samples.fixture("only the console's stopped reason", REGION).text(null, "Stopped | " + LOG_GROUP_REASON);
    }

    private static Samples.Fixture stoppedTaskAndTaskDefinition(String reason) {
        return Samples.fixture("a stopped task and its task definition", REGION)
                .output(Samples.describeTasks(REGION), Samples.stoppedTasks(REGION, Map.of("t1", reason)))
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(GROUP));
    }

    private static Samples.Fixture listingOnly() {
        return Samples.fixture("task definition and listing", REGION)
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(GROUP))
                .output(Samples.describeLogGroups(GROUP, REGION), Samples.logGroups(REGION));
    }

    private static Samples.Fixture textAndListing() {
        return stoppedTaskAndTaskDefinition(LOG_GROUP_REASON).output(Samples.describeLogGroups(GROUP, REGION), Samples.logGroups(REGION));
    }

    // --- confidence builds with evidence ---

    @Test
    void confidenceRisesFromTextOnlyToTextAndListing() {
        double textOnly = theFinding(diagnose(pastedTextOnly())).confidence();
        double textAndTaskDefinition = theFinding(diagnose(stoppedTaskAndTaskDefinition(LOG_GROUP_REASON))).confidence();
        double listing = theFinding(diagnose(listingOnly())).confidence();
        double textAndListing = theFinding(diagnose(textAndListing())).confidence();

        assertTrue(textOnly < textAndListing, textOnly + " < " + textAndListing);
        assertTrue(textAndTaskDefinition < textAndListing, textAndTaskDefinition + " < " + textAndListing);
        assertTrue(listing < textAndListing, "text and listing are independent evidence: " + listing + " < " + textAndListing);
        assertEquals(0.90, textAndListing, 1e-9);
    }

    @Test
    void itIsHighSeverity() {
        assertEquals(Severity.HIGH, theFinding(diagnose(textAndListing())).severity());
    }

    // --- the fix ---

    @Test
    void fixCreatesTheGroupInItsRegion() {
        Finding f = theFinding(diagnose(textAndListing()));

        assertEquals(List.of("aws logs create-log-group --log-group-name /ecs/web --region eu-west-1"), f.fix().commands());
        String command = f.fix().commands().get(0);
        assertTrue(command.contains("aws logs create-log-group --log-group-name"), command);
        assertTrue(command.contains("--region"), command);
        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("awslogs-create-group")), f.fix().notes()::toString);
    }

    @Test
    void fixUsesTheAwslogsRegionNotTheTaskDefinitionsRegion() {
        Report report = diagnose(Samples.fixture("group configured in another region", REGION)
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(REGION, "web", 3, GROUP, "us-east-1", false))
                .output(Samples.describeLogGroups(GROUP, "us-east-1"), Samples.logGroups("us-east-1")));

        assertEquals(List.of("aws logs create-log-group --log-group-name /ecs/web --region us-east-1"), theFinding(report).fix().commands());
    }

    @Test
    void fixQuotesAGroupNameTheShellWouldSplit() {
        Report report = diagnose(Samples.fixture("group with a space", REGION)
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition("/ecs/my app"))
                .output("aws logs describe-log-groups --log-group-name-prefix '/ecs/my app' --region eu-west-1", Samples.logGroups(REGION)));

        assertEquals(List.of("aws logs create-log-group --log-group-name '/ecs/my app' --region eu-west-1"),
                theFinding(report).fix().commands());
    }

    @Test
    void textAloneSaysWhatWouldSettleIt() {
        Finding f = theFinding(diagnose(pastedTextOnly()));

        assertEquals(List.of(), f.fix().commands(), "no group name is known, so no runnable command");
        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("aws logs create-log-group --log-group-name")), f.fix().notes()::toString);
        assertEquals(List.of("ecs:DescribeTaskDefinition", "logs:DescribeLogGroups"),
                f.missingEvidence().stream().map(MissingEvidence::iamAction).toList());
    }

    @Test
    void aTaskWithItsDefinitionButNoListingAsksForTheListing() {
        Finding f = theFinding(diagnose(stoppedTaskAndTaskDefinition(NEW_WORDING)));

        assertEquals(List.of("aws logs describe-log-groups --log-group-name-prefix /ecs/web --region eu-west-1"),
                f.missingEvidence().stream().map(MissingEvidence::command).toList());
        assertEquals(List.of("aws logs create-log-group --log-group-name /ecs/web --region eu-west-1"), f.fix().commands());
    }

    // --- a logs command's own error ---

    private static final String GET_LOG_EVENTS = "aws logs get-log-events --log-group-name /ecs/web --log-stream-name ecs/app/t1 --limit 50 --region eu-west-1";
    private static final String GROUP_NOT_FOUND = "An error occurred (ResourceNotFoundException) when calling the GetLogEvents operation: The specified log group does not exist.";

    @Test
    void aLogsCommandsErrorNamesTheGroupAndItsRegionInTheFix() {
        Finding f = theFinding(diagnose(Samples.fixture("get-log-events failed", null).text(GET_LOG_EVENTS, GROUP_NOT_FOUND)));

        assertEquals(List.of("aws logs create-log-group --log-group-name /ecs/web --region eu-west-1"), f.fix().commands());
        assertTrue(f.resources().contains(GROUP), f.resources()::toString);
        assertTrue(f.fix().notes().stream().noneMatch(n -> n.contains("GROUP")), f.fix().notes()::toString);
        assertEquals(List.of("aws logs describe-log-groups --log-group-name-prefix /ecs/web --region eu-west-1"),
                f.missingEvidence().stream().map(MissingEvidence::command).toList());
    }

    @Test
    void aListingThatHoldsTheGroupOutweighsALogsCommandsError() {
        // moto 5.1 answers "log group does not exist" for a missing stream of a group it lists
        assertTrue(quiet(diagnose(Samples.fixture("get-log-events failed, the group is listed", null)
                .text(GET_LOG_EVENTS, GROUP_NOT_FOUND)
                .output(Samples.describeLogGroups(GROUP, REGION), Samples.logGroups(REGION, GROUP)))));
    }

    @Test
    void theListingSettlesWhatTheTextLeftOpen() {
        assertEquals(List.of(), theFinding(diagnose(textAndListing())).missingEvidence());
    }

    // --- one cause, all its symptoms ---

    @Test
    void severalStoppedTasksFoldIntoOneFindingThatExplainsTheServiceToo() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("t1", LOG_GROUP_REASON);
        reasons.put("t2", NEW_WORDING);
        Report report = diagnose(Samples.fixture("two failed starts of a service", REGION)
                .output("aws ecs describe-services --cluster web-cluster --services web-service --region eu-west-1", Samples.failingService(REGION))
                .output(Samples.describeTasks(REGION), Samples.stoppedTasks(REGION, reasons))
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(GROUP))
                .output(Samples.describeLogGroups(GROUP, REGION), Samples.logGroups(REGION)));

        Finding f = theFinding(report);

        assertEquals(List.of("task:t1", "task:t2", "service:eu-west-1:111122223333:web-cluster/web-service", "deployment:ecs-svc/1234567890123456789"),
                f.explains().stream().map(Symptom::id).toList());
        assertEquals(List.of(), report.unexplainedSymptoms());
        assertEquals(4, f.evidence().size(), "task definition, listing and both stopped reasons");
    }

    // --- near misses ---

    @Test
    void quietWhenTheGroupExists() {
        assertTrue(quiet(diagnose(Samples.fixture("group listed", REGION)
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(GROUP))
                .output(Samples.describeLogGroups(GROUP, REGION), Samples.logGroups(REGION, GROUP)))));
    }

    @Test
    void aLongerNameWithTheSamePrefixIsNotTheGroup() {
        Report report = diagnose(Samples.fixture("only longer names listed", REGION)
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(GROUP))
                .output(Samples.describeLogGroups(GROUP, REGION), Samples.logGroups(REGION, "/ecs/web-staging", "/ecs/webhooks")));

        assertEquals(0.75, theFinding(report).confidence(), 1e-9);
    }

    @Test
    void quietWhenEcsCreatesTheGroup() {
        assertTrue(quiet(diagnose(Samples.fixture("awslogs-create-group true", REGION)
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(REGION, "web", 3, GROUP, REGION, true))
                .output(Samples.describeLogGroups(GROUP, REGION), Samples.logGroups(REGION)))));
    }

    @Test
    void quietWhenTheListingIsIncomplete() {
        assertTrue(quiet(diagnose(Samples.fixture("first page only", REGION)
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(GROUP))
                .output("aws logs describe-log-groups --region eu-west-1", Samples.read("{\"logGroups\": [], \"nextToken\": \"page2\"}")))));
    }

    @Test
    void quietWhenTheListingIsOfAnotherRegion() {
        assertTrue(quiet(diagnose(Samples.fixture("listing of us-east-1", REGION)
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(GROUP))
                .output(Samples.describeLogGroups(GROUP, "us-east-1"), Samples.logGroups("us-east-1")))));
    }

    @Test
    void quietWhenTheListingsPrefixDoesNotCoverTheGroup() {
        assertTrue(quiet(diagnose(Samples.fixture("listing of another prefix", REGION)
                .output(Samples.describeTaskDefinition(REGION), Samples.taskDefinition(GROUP))
                .output(Samples.describeLogGroups("/aws/lambda", REGION), Samples.logGroups(REGION)))));
    }

    @Test
    void quietForOtherStopReasons() {
        assertTrue(quiet(diagnose(stoppedTaskAndTaskDefinition("Essential container in task exited"))));
        assertTrue(quiet(diagnose(Samples.fixture("another paste", REGION).text(null, "CannotPullContainerError: 403 Forbidden"))));
    }
}
