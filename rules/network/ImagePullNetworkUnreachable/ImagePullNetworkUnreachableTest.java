package io.ecstriage.rules.network;

import static io.ecstriage.rules.Fixtures.assertAbsent;
import static io.ecstriage.rules.Fixtures.assertFirst;
import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleFolders;
import io.ecstriage.rules.RuleCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ImagePullNetworkUnreachable, and the shared pull-timeout symptom it must tell apart from PublicIpDisabledInPublicSubnet,
 * VpcEndpointBlocksHttps and VpcDnsDisabled: one fixture per cause, the right one first and the others silent.
 */
class ImagePullNetworkUnreachableTest extends RuleCases {
    static final String ID = "ImagePullNetworkUnreachable";
    static final List<String> PULL_CAUSES = List.of("ImagePullNetworkUnreachable", "PublicIpDisabledInPublicSubnet", "VpcEndpointBlocksHttps", "VpcDnsDisabled");

    ImagePullNetworkUnreachableTest() {
        super(ID);
    }

    // --- the shared symptom: one cause per fixture ---

    @Test
    void eachPullTimeoutCauseRanksFirstInItsOwnFixtureAndTheOthersStayQuiet() {
        Map<String, String[]> byCause = Map.of(
                "ImagePullNetworkUnreachable", new String[] {ID, "fires-private-subnet-no-route-no-endpoints.json"},
                "PublicIpDisabledInPublicSubnet", new String[] {"PublicIpDisabledInPublicSubnet", "fires-public-subnet-ip-disabled.json"},
                "VpcEndpointBlocksHttps", new String[] {"VpcEndpointBlocksHttps", "fires-endpoint-group-admits-other-range.json"},
                "VpcDnsDisabled", new String[] {"VpcDnsDisabled", "fires-dns-hostnames-off.json"});
        byCause.forEach((cause, fixture) -> {
            Report report = Fixtures.diagnose(fixture[0], fixture[1]);
            assertFirst(report, cause);
            for (String other : PULL_CAUSES) if (!other.equals(cause)) assertAbsent(report, other);
            assertTrue(finding(report, cause).explains().stream().anyMatch(s -> s.id().startsWith("task:")),
                    cause + " must explain the stopped task");
            assertEquals(List.of(), report.unexplainedSymptoms(), cause + ": every symptom is explained");
        });
    }

    @Test
    void theSameTextAloneRanksAllFourCandidatesAndSaysWhatSettlesEach() {
        Report report = Fixtures.diagnose(ID, "fires-pasted-text-only.json");

        assertEquals(List.of("ImagePullNetworkUnreachable", "PublicIpDisabledInPublicSubnet", "VpcDnsDisabled", "VpcEndpointBlocksHttps"),
                TestDiagnosis.ruleIds(report), "equal confidence: the rule id decides, which puts the commonest cause first");
        for (Finding f : report.findings()) {
            assertEquals(0.30, f.confidence(), 1e-9, f.ruleId() + " rests on a shared text only");
            assertTrue(!f.missingEvidence().isEmpty(), f.ruleId() + " must say which read settles it");
        }
        assertTrue(report.missingEvidence().stream().map(MissingEvidence::iamAction).toList()
                .containsAll(List.of("ec2:DescribeRouteTables", "ec2:DescribeVpcEndpoints", "ecs:DescribeServices", "ec2:DescribeVpcAttribute")));
    }

    @Test
    void aDockerHubTimeoutIsNoEndpointCandidate() {
        Report report = Fixtures.of(ID, "fires-pasted-text-only.json").withoutPastedText()
                .withText("CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/tryretool/backend:2.110.5: "
                        + "failed to do request: Head \"https://registry-1.docker.io/v2/tryretool/backend/manifests/2.110.5\": dial tcp 34.205.13.154:443: i/o timeout")
                .diagnose();

        assertEquals(List.of(ID, "PublicIpDisabledInPublicSubnet"), TestDiagnosis.ruleIds(report));
    }

    @Test
    void thePublicIpCaseIsNotAMissingRoute() {
        Report report = Fixtures.diagnose(ID, "quiet-public-subnet-without-public-ip.json");

        assertFirst(report, "PublicIpDisabledInPublicSubnet");
        assertAbsent(report, ID);
    }

    // --- confidence builds with evidence ---

    @Test
    void textAndConfigurationOutrankConfigurationAloneWhichOutranksTheTextAlone() {
        double both = finding(Fixtures.diagnose(ID, "fires-private-subnet-no-route-no-endpoints.json"), ID).confidence();
        double config = finding(Fixtures.of(ID, "fires-private-subnet-no-route-no-endpoints.json").without("aws ecs describe-tasks").diagnose(), ID).confidence();
        double text = finding(Fixtures.diagnose(ID, "fires-pasted-text-only.json"), ID).confidence();

        assertEquals(0.83, both, 1e-9);
        assertEquals(0.75, config, 1e-9);
        assertTrue(text < config && config < both, text + " < " + config + " < " + both);
    }

    @Test
    void withoutTheEndpointListingTheRouteIsOnlyConsistentAndTheListingIsAskedFor() {
        Report report = Fixtures.of(ID, "fires-private-subnet-no-route-no-endpoints.json").without("aws ec2 describe-vpc-endpoints").diagnose();
        Finding f = finding(report, ID);

        assertEquals(0.62, f.confidence(), 1e-9, "route CONFIG 0.45 with the text 0.30");
        assertEquals(List.of("ec2:DescribeVpcEndpoints"), f.missingEvidence().stream().map(MissingEvidence::iamAction).toList());
    }

    @Test
    void aHealthyIsolatedServiceWithoutEndpointListingStaysQuiet() {
        Report report = Fixtures.of(ID, "quiet-isolated-with-working-endpoints.json").without("aws ec2 describe-vpc-endpoints").diagnose();

        assertAbsent(report, ID);
    }

    // --- runtime evidence against the configuration ---

    private static final String ELB_FAILED = "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-central-1:248718390127:targetgroup/orders-api/5c1e9a7d3b2f4e60)";

    @Test
    void tasksThatRanPulledTheirImageSoTheRouteReadIsNotTheirs() {
        Fixtures ran = Fixtures.of(ID, "fires-private-subnet-no-route-no-endpoints.json").withStoppedReason(0, ELB_FAILED).withStoppedReason(1, ELB_FAILED);

        assertAbsent(ran.diagnose(), ID);
        assertAbsent(ran.without("aws ec2 describe-vpc-endpoints").diagnose(), ID);
        assertAbsent(ran.withStoppedReason(1, "Essential container in task exited").diagnose(), ID);
    }

    @Test
    void aTaskThatTimedOutBesideOneThatRanKeepsTheCause() {
        Report report = Fixtures.of(ID, "fires-private-subnet-no-route-no-endpoints.json").withStoppedReason(0, ELB_FAILED).diagnose();

        assertFirst(report, ID);
    }

    // --- the fix ---

    @Test
    void theFixCreatesTheMissingEndpointsInTheTaskSubnets() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-private-subnet-no-route-no-endpoints.json"), ID);
        List<String> cmds = f.fix().commands();

        assertEquals(Severity.HIGH, f.severity());
        assertTrue(cmds.get(0).startsWith("ENDPOINT_SG=$(aws ec2 create-security-group "), cmds.get(0));
        assertEquals("aws ec2 authorize-security-group-ingress --group-id \"$ENDPOINT_SG\" --protocol tcp --port 443 --source-group sg-0a7f3c9e1d5b2e846 --region eu-central-1", cmds.get(1));
        assertTrue(cmds.contains("aws ec2 create-vpc-endpoint --vpc-id vpc-0b7e2d4c19a3f5e86 --vpc-endpoint-type Interface --service-name com.amazonaws.eu-central-1.ecr.dkr"
                + " --subnet-ids subnet-07b1f4e9c3a2d8e51 subnet-0d8e6a3c5b9f21a74 --security-group-ids \"$ENDPOINT_SG\" --private-dns-enabled --region eu-central-1"), cmds::toString);
        assertTrue(cmds.contains("aws ec2 create-vpc-endpoint --vpc-id vpc-0b7e2d4c19a3f5e86 --vpc-endpoint-type Gateway --service-name com.amazonaws.eu-central-1.s3"
                + " --route-table-ids rtb-03c7e1a9d5b2f4e80 --region eu-central-1"), cmds::toString);
        assertTrue(cmds.stream().anyMatch(c -> c.contains("com.amazonaws.eu-central-1.ecr.api")), cmds::toString);
        assertTrue(cmds.stream().anyMatch(c -> c.contains("com.amazonaws.eu-central-1.logs")), "the task logs with awslogs: " + cmds);
        assertEquals(6, cmds.size(), cmds::toString);
    }

    @Test
    void aPublicRegistryImageGetsARouteToTheAvailableNatGateway() {
        Report report = Fixtures.diagnose(ID, "fires-public-registry-image-behind-ecr-endpoints.json");

        assertEquals(List.of("aws ec2 create-route --route-table-id rtb-03c7e1a9d5b2f4e80 --destination-cidr-block 0.0.0.0/0 --nat-gateway-id nat-0a3f9c2e7d1b48c56 --region eu-central-1"),
                finding(report, ID).fix().commands());
        assertAbsent(report, "VpcEndpointBlocksHttps", "VpcDnsDisabled");
    }

    @Test
    void aRouteToADeletedNatGatewayIsNoRoute() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-nat-gateway-deleted.json"), ID);

        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("nat-0a3f9c2e7d1b48c56, which is not available")), f.evidence()::toString);
        assertTrue(f.fix().commands().stream().noneMatch(c -> c.contains("create-route")), "no available NAT gateway to route to: " + f.fix().commands());
    }

    // --- messy texts: every corpus text each pull-timeout rule claims, as pasted, truncated, re-cased ---

    @Test
    void everyClaimedCorpusTextIsRecognisedAloneAndInItsMessyForms() throws Exception {
        for (String rule : PULL_CAUSES) {
            JsonNode texts = new ObjectMapper().readTree(Files.readString(RuleFolders.of(rule).corpus()));
            assertTrue(texts.size() >= 12, rule + " claims its corpus texts");
            for (JsonNode t : texts) {
                String text = t.get("text").asText();
                List<String> variants = List.of(text, "Status reason | " + text, text.toUpperCase(Locale.ROOT).replace("'", "\u2019"),
                        text.length() > 255 ? text.substring(0, 255) : text);
                for (String v : variants) {
                    Report report = Fixtures.of(ID, "fires-pasted-text-only.json").withoutPastedText().withText(v).diagnose();
                    assertTrue(TestDiagnosis.finding(report, rule).isPresent(), rule + " must recognise " + t.get("id").asText() + " as: " + v);
                }
            }
        }
    }

    @Test
    void otherFailureTextsAreNotPullTimeouts() {
        for (String text : List.of("CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref x: 403 Forbidden",
                "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: "
                        + "service call has been retried 1 time(s): AccessDeniedException: User: ....",
                "CannotPullContainerError: failed to resolve ref ghcr.io/acme/api@sha256:1234: not found",
                "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-1:REDACTED:targetgroup/ecsmic-Targe-SMMVQPCVRIBS/86a54506434cfa92)")) {
            Report report = Fixtures.of(ID, "fires-pasted-text-only.json").withoutPastedText().withText(text).diagnose();
            for (String rule : PULL_CAUSES) assertAbsent(report, rule);
        }
    }

    @Test
    void theCloudWatchConnectionWordingWithNoPathOutranksTheMissingLogGroupReading() {
        Report report = Fixtures.diagnose(ID, "fires-cloudwatch-connection-issue.json");

        assertFirst(report, ID);
        Fixtures.assertRanksAbove(report, ID, "LogGroupMissing");
        assertTrue(finding(report, ID).fix().commands().stream().anyMatch(c -> c.contains("com.amazonaws.eu-central-1.logs")), "the logs endpoint is among the fixes");
    }

    @Test
    void theCloudWatchWordingAloneIsLeftToLogGroupMissing() {
        Report report = Fixtures.of(ID, "fires-pasted-text-only.json").withoutPastedText()
                .withText("ResourceInitializationError: failed to validate logger args: The task cannot find the Amazon CloudWatch log group defined in the task definition."
                        + " There is a connection issue between the task and Amazon CloudWatch. Check your network configuration. : signal: killed")
                .diagnose();

        assertEquals(List.of("LogGroupMissing"), TestDiagnosis.ruleIds(report));
    }
}
