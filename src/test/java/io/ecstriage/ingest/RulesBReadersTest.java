package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.ContainerSettings;
import io.ecstriage.model.IamAttachedPolicy;
import io.ecstriage.model.IamPolicyDocument;
import io.ecstriage.model.IamRoleListing;
import io.ecstriage.model.NatGateway;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.VpcAttribute;
import io.ecstriage.model.VpcEndpointListing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers added for the network, exec and IAM rules: describe-vpc-attribute, describe-nat-gateways, IAM, endpoint listings. */
class RulesBReadersTest {

    private static Snapshot read(String command, String json) {
        String fixture = "{\"ecsTriageFixture\": 1, \"region\": \"eu-west-1\", \"captures\": [{\"command\": " + quote(command) + ", \"output\": " + json + "}]}";
        return TestDiagnosis.snapshot("t.json", fixture);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void vpcAttributes() {
        Snapshot s = read("aws ec2 describe-vpc-attribute --vpc-id vpc-1 --attribute enableDnsHostnames",
                "{\"VpcId\": \"vpc-1\", \"EnableDnsHostnames\": {\"Value\": false}}");

        assertEquals(List.of(new VpcAttribute("eu-west-1", "vpc-1", "enableDnsHostnames", false)), s.all(VpcAttribute.class));
        assertEquals(List.of(), s.ignoredInputs());
    }

    @Test
    void natGateways() {
        Snapshot s = read("aws ec2 describe-nat-gateways", "{\"NatGateways\": [{\"NatGatewayId\": \"nat-1\", \"VpcId\": \"vpc-1\", \"SubnetId\": \"subnet-1\","
                + " \"State\": \"deleted\", \"ConnectivityType\": \"public\"}]}");

        NatGateway n = s.all(NatGateway.class).get(0);
        assertEquals("nat-1", n.natGatewayId());
        assertFalse(n.available());
    }

    @Test
    void attachedPoliciesTakeTheRoleFromTheCommand() {
        Snapshot s = read("aws iam list-attached-role-policies --role-name app-role",
                "{\"AttachedPolicies\": [{\"PolicyName\": \"AdministratorAccess\", \"PolicyArn\": \"arn:aws:iam::aws:policy/AdministratorAccess\"}]}");

        assertEquals(List.of(new IamRoleListing("app-role", IamRoleListing.ATTACHED)), s.all(IamRoleListing.class));
        assertTrue(s.all(IamAttachedPolicy.class).get(0).broad());
    }

    @Test
    void aUrlEncodedDocumentIsDecoded() {
        Snapshot s = read("aws iam get-role-policy --role-name app-role --policy-name p",
                "{\"RoleName\": \"app-role\", \"PolicyName\": \"p\", \"PolicyDocument\": "
                        + "\"%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22s3%3A*%22%2C%22Resource%22%3A%22*%22%7D%7D\"}");

        IamPolicyDocument d = s.all(IamPolicyDocument.class).get(0);
        assertFalse(d.allowsAllActions());
        assertEquals(List.of("s3:*"), d.serviceWildcards());
        assertTrue(d.allows("s3:GetObject"));
        assertFalse(d.allows("ssmmessages:CreateControlChannel"));
    }

    @Test
    void anEndpointListingIsPartialWhenItSelectsEndpoints() {
        Snapshot all = read("aws ec2 describe-vpc-endpoints --filters Name=vpc-id,Values=vpc-1", "{\"VpcEndpoints\": []}");
        Snapshot some = read("aws ec2 describe-vpc-endpoints --vpc-endpoint-ids vpce-1", "{\"VpcEndpoints\": []}");

        assertTrue(all.all(VpcEndpointListing.class).get(0).covers("eu-west-1", "vpc-1"));
        assertFalse(all.all(VpcEndpointListing.class).get(0).covers("eu-west-1", "vpc-2"));
        assertFalse(some.all(VpcEndpointListing.class).get(0).covers("eu-west-1", "vpc-1"));
    }

    @Test
    void containerSettingsKeepHostPortsAndStopTimeout() {
        Snapshot s = read("aws ecs describe-task-definition --task-definition web:3",
                "{\"taskDefinition\": {\"taskDefinitionArn\": \"arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3\", \"family\": \"web\", \"revision\": 3,"
                        + " \"containerDefinitions\": [{\"name\": \"app\", \"image\": \"nginx:1.27\", \"stopTimeout\": 5,"
                        + " \"portMappings\": [{\"containerPort\": 80, \"hostPort\": 0, \"protocol\": \"tcp\"}]}]}}");

        ContainerSettings c = s.all(ContainerSettings.class).get(0);
        assertEquals(5, c.stopTimeout());
        assertEquals(0, c.portMappings().get(0).hostPort());
    }
}
