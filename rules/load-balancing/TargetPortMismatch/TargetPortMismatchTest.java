package io.ecstriage.rules.loadbalancing;

import static io.ecstriage.rules.Fixtures.assertAbsent;
import static io.ecstriage.rules.Fixtures.assertFirst;
import static io.ecstriage.rules.Fixtures.assertRanksAbove;
import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TargetPortMismatch against the other causes of unhealthy targets: HealthCheckBlockedBySecurityGroup and HealthCheckPathMismatch. */
class TargetPortMismatchTest extends RuleCases {
    private static final String ID = "TargetPortMismatch";
    private static final String TG = "arn:aws:elasticloadbalancing:eu-central-1:248718390127:targetgroup/orders-api-tg/6d0ecf831eec9f09";

    TargetPortMismatchTest() {
        super(ID);
    }

    @Test
    void theAppsOwnPortExplainsUnhealthyTargetsWhileGroupAndPathAreFine() {
        Report report = Fixtures.diagnose(ID, "fires-app-listens-on-8000.json");
        Finding f = finding(report, ID);

        assertFirst(report, ID);
        assertAbsent(report, "HealthCheckBlockedBySecurityGroup", "HealthCheckPathMismatch");
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("Uvicorn running on http://0.0.0.0:8000")), f.evidence()::toString);
        assertEquals(List.of(), report.unexplainedSymptoms(), "targets and the task stopped by ELB checks are explained");
    }

    @Test
    void theFixMovesPortMappingAndServiceToTheAppsPort() {
        List<String> cmds = finding(Fixtures.diagnose(ID, "fires-app-listens-on-8000.json"), ID).fix().commands();

        assertTrue(cmds.get(0).contains(".portMappings = [{\"containerPort\": 8000, \"protocol\": \"tcp\"}]"), cmds.get(0));
        assertEquals("aws ecs update-service --cluster orders-cluster --service orders-api --load-balancers targetGroupArn=" + TG
                + ",containerName=api,containerPort=8000 --force-new-deployment --region eu-central-1", cmds.get(cmds.size() - 1));
    }

    @Test
    void aServicePortTheContainerDoesNotMapIsPointedAtTheMappedOne() {
        Report report = Fixtures.diagnose(ID, "fires-service-port-not-mapped.json");

        assertEquals(List.of("aws ecs update-service --cluster orders-cluster --service orders-api --load-balancers targetGroupArn=" + TG
                + ",containerName=api,containerPort=8080 --force-new-deployment --region eu-central-1"), finding(report, ID).fix().commands());
        assertAbsent(report, "HealthCheckBlockedBySecurityGroup");
    }

    @Test
    void aFixedHealthCheckPortOutranksTheSecurityGroupThatAlsoBlocksIt() {
        Report report = Fixtures.diagnose(ID, "fires-fixed-health-check-port.json");

        assertRanksAbove(report, ID, "HealthCheckBlockedBySecurityGroup");
        assertEquals(List.of("aws elbv2 modify-target-group --target-group-arn " + TG + " --health-check-port traffic-port --region eu-central-1"),
                finding(report, ID).fix().commands());
    }

    @Test
    void aFixedHealthCheckPortWithoutTheServicesPortIsAConfigurationReading() throws Exception {
        // found by FixtureFuzzTest's longer run: the consequence asked an immutable list whether it holds a null port (exit 4)
        String text = java.nio.file.Files.readString(io.ecstriage.rules.RuleFolders.of(ID).dir().resolve("fires-fixed-health-check-port.json"))
                .replaceFirst(",\\s*\"containerPort\": 8080\\s*}", "}");
        Report report = io.ecstriage.TestDiagnosis.diagnose("no-container-port.json", text);

        double proof = finding(Fixtures.diagnose(ID, "fires-fixed-health-check-port.json"), ID).confidence();
        assertTrue(finding(report, ID).confidence() < proof, "no mapped traffic port beside it: a reading, not a proof");
    }

    @Test
    void whenThePortsAgreeTheSecurityGroupIsTheCause() {
        Report report = Fixtures.diagnose(ID, "quiet-ports-agree-security-group-closed.json");

        assertFirst(report, "HealthCheckBlockedBySecurityGroup");
        assertAbsent(report, ID);
    }

    @Test
    void theRefusedCreateServiceIsSpecificAndAsksForThePorts() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-create-service-refused.json"), ID);

        assertEquals(0.60, f.confidence(), 1e-9);
        assertEquals(List.of("ecs:DescribeTaskDefinition"), f.missingEvidence().stream().map(MissingEvidence::iamAction).toList());
    }
}
