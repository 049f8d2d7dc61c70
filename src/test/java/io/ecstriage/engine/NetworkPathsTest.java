package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.TargetPortCheck;
import io.ecstriage.model.TaskEgress;
import io.ecstriage.rules.RuleFolders;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkPathsTest {

    private static List<Object> derived(String rule, String fixture) throws Exception {
        String text = Files.readString(RuleFolders.of(rule).dir().resolve(fixture));
        return new NetworkPaths(TestDiagnosis.snapshot("t.json", text)).all();
    }

    private static List<TaskEgress> serviceEgress(List<Object> facts) {
        return facts.stream().filter(TaskEgress.class::isInstance).map(TaskEgress.class::cast).filter(e -> e.taskArn() == null).toList();
    }

    @Test
    void aSubnetWithoutExplicitAssociationUsesTheMainTable() throws Exception {
        String text = Files.readString(RuleFolders.of("ImagePullNetworkUnreachable").dir().resolve("fires-private-subnet-no-route-no-endpoints.json"))
                .replaceAll("\"SubnetId\": \"subnet-07b1f4e9c3a2d8e51\",\\s*\"AssociationState\"", "\"AssociationState\"");
        List<TaskEgress> egress = serviceEgress(new NetworkPaths(TestDiagnosis.snapshot("t.json", text)).all());

        TaskEgress a = egress.stream().filter(e -> e.subnetId().equals("subnet-07b1f4e9c3a2d8e51")).findFirst().orElseThrow();
        assertEquals("rtb-0a4d8f2c6e9b13d75", a.routeTableId(), "no association left: the VPC's main table");
        assertEquals(TaskEgress.NONE, a.egress());
    }

    @Test
    void egressIsClassifiedFromRouteAndPublicIp() throws Exception {
        assertEquals(TaskEgress.IGW_NO_PUBLIC_IP, serviceEgress(derived("PublicIpDisabledInPublicSubnet", "fires-public-subnet-ip-disabled.json")).get(0).egress());
        assertEquals(TaskEgress.IGW_PUBLIC_IP, serviceEgress(derived("PublicIpDisabledInPublicSubnet", "quiet-public-ip-enabled.json")).get(0).egress());
        assertEquals(TaskEgress.NAT, serviceEgress(derived("ImagePullNetworkUnreachable", "quiet-private-subnet-with-nat.json")).get(0).egress());
        assertEquals(TaskEgress.DEAD_ROUTE, serviceEgress(derived("ImagePullNetworkUnreachable", "fires-nat-gateway-deleted.json")).get(0).egress());
    }

    @Test
    void endpointsAreMatchedToTheTaskAndTheS3GatewayToItsRouteTable() throws Exception {
        TaskEgress e = serviceEgress(derived("ImagePullNetworkUnreachable", "quiet-isolated-with-working-endpoints.json")).get(0);

        assertEquals(List.of("ecr.api", "ecr.dkr", "s3", "logs"), e.neededEndpoints());
        assertTrue(e.presentEndpoints().containsAll(e.neededEndpoints()), e.presentEndpoints()::toString);
        assertEquals(List.of(), e.blockedEndpoints());

        TaskEgress pub = serviceEgress(derived("PublicIpDisabledInPublicSubnet", "fires-public-subnet-ip-disabled.json")).get(0);
        assertEquals(List.of("ecr.api", "ecr.dkr", "s3", "logs", "secretsmanager"), pub.missingEndpoints(), "a Secrets Manager secret needs its endpoint");
    }

    @Test
    void aTaskNeedsWhatItsDefinitionNamesOrWithoutOneWhatItsContainersRun() throws Exception {
        String text = Files.readString(RuleFolders.of("ImagePullNetworkUnreachable").dir().resolve("fires-public-registry-image-behind-ecr-endpoints.json"));
        List<Object> withDefinition = new NetworkPaths(TestDiagnosis.snapshot("t.json", text)).all();
        assertEquals(List.of(TaskEgress.INTERNET, "logs"), taskEgress(withDefinition).neededEndpoints(), "the definition's Docker Hub image");
        assertEquals(serviceEgress(withDefinition).get(0).neededEndpoints(), taskEgress(withDefinition).neededEndpoints());

        // without the definition the service knows no image (ECR assumed); the task still has its containers' images
        ObjectNode fixture = (ObjectNode) new ObjectMapper().readTree(text);
        fixture.withArray("captures").removeIf(c -> c.path("command").asText().contains("describe-task-definition"));
        String noDefinition = fixture.toString();
        List<Object> without = new NetworkPaths(TestDiagnosis.snapshot("t.json", noDefinition)).all();
        assertEquals(List.of("ecr.api", "ecr.dkr", "s3"), serviceEgress(without).get(0).neededEndpoints());
        assertEquals(List.of(TaskEgress.INTERNET), taskEgress(without).neededEndpoints());
    }

    private static TaskEgress taskEgress(List<Object> facts) {
        return facts.stream().filter(TaskEgress.class::isInstance).map(TaskEgress.class::cast).filter(e -> e.taskArn() != null)
                .findFirst().orElseThrow();
    }

    @Test
    void anEndpointGroupAdmittingAnotherRangeBlocks() throws Exception {
        TaskEgress e = serviceEgress(derived("VpcEndpointBlocksHttps", "fires-endpoint-group-admits-other-range.json")).get(0);

        assertEquals(List.of("vpce-0f3a5c7e9b1d2f468 (ecr.api)", "vpce-0b2d4f6a8c1e3b579 (ecr.dkr)", "vpce-0e4a6c8b1d3f5a792 (logs)"), e.blockedEndpoints());
        assertEquals(List.of("sg-0c2d8a6f4e1b9d357"), e.blockingGroups());
    }

    @Test
    void theAppPortIsReadFromItsLogButNotFromTimesOrVersions() throws Exception {
        TargetPortCheck uvicorn = derived("TargetPortMismatch", "fires-app-listens-on-8000.json").stream()
                .filter(TargetPortCheck.class::isInstance).map(TargetPortCheck.class::cast).findFirst().orElseThrow();
        TargetPortCheck tomcat = derived("TargetPortMismatch", "quiet-healthy.json").stream()
                .filter(TargetPortCheck.class::isInstance).map(TargetPortCheck.class::cast).findFirst().orElseThrow();

        assertEquals(List.of(8000), uvicorn.appPorts());
        assertEquals(List.of(8080), tomcat.appPorts(), "'using Java 21.0.5' is no port");
        assertTrue(uvicorn.appListensElsewhere());
    }
}
