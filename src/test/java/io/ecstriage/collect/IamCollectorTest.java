package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.ecstriage.aws.AwsClients;
import io.ecstriage.aws.wire.CliResponses;
import io.ecstriage.aws.wire.WireException;
import io.ecstriage.ingest.Capture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IAM reads of a role with a Mockito wire client (moto holds IAM too: LiveIamPoliciesIT); a denied read is a gap. */
class IamCollectorTest {
    static final String MANAGED = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
    static final String DOC = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ssm:GetParameters\",\"Resource\":\"*\"}]}";
    static final String ENCODED = URLEncoder.encode(DOC, StandardCharsets.UTF_8);

    AwsClients aws = mock(AwsClients.class);
    WireAnswers wire = new WireAnswers();
    Recorder rec = new Recorder(Progress.off());
    IamCollector collector = new IamCollector(aws, rec);

    IamCollectorTest() {
        when(aws.wire()).thenReturn(wire.wire);
        wire.on("iam", "ListAttachedRolePolicies", "{\"AttachedPolicies\":[{\"PolicyName\":\"AmazonECSTaskExecutionRolePolicy\",\"PolicyArn\":\"" + MANAGED + "\"}]}")
                .on("iam", "GetPolicy", "{\"Policy\":{\"Arn\":\"" + MANAGED + "\",\"DefaultVersionId\":\"v3\"}}")
                // the answers as IAM sends them (URL-encoded documents), decoded as the CLI prints them
                .on("iam", "GetPolicyVersion", p -> CliResponses.decode("iam", "GetPolicyVersion", ("<GetPolicyVersionResponse><GetPolicyVersionResult>"
                        + "<PolicyVersion><Document>" + ENCODED + "</Document><VersionId>v3</VersionId><IsDefaultVersion>true</IsDefaultVersion>"
                        + "</PolicyVersion></GetPolicyVersionResult></GetPolicyVersionResponse>").getBytes(StandardCharsets.UTF_8)))
                .on("iam", "ListRolePolicies", "{\"PolicyNames\":[\"secrets\"]}")
                .on("iam", "GetRolePolicy", p -> CliResponses.decode("iam", "GetRolePolicy", ("<GetRolePolicyResponse><GetRolePolicyResult>"
                        + "<RoleName>exec</RoleName><PolicyName>secrets</PolicyName><PolicyDocument>" + ENCODED + "</PolicyDocument>"
                        + "</GetRolePolicyResult></GetRolePolicyResponse>").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheAttachedPoliciesDefaultVersionsAndTheInlineDocumentsDecoded() {
        collector.attachedPolicies("eu-west-1", "exec");
        collector.inlinePolicies("eu-west-1", "exec");
        List<String> commands = rec.captures().stream().map(Capture::command).toList();
        assertEquals(List.of(
                "aws iam get-policy --policy-arn " + MANAGED + " --region eu-west-1",
                "aws iam get-policy-version --policy-arn " + MANAGED + " --version-id v3 --region eu-west-1",
                "aws iam get-role-policy --role-name exec --policy-name secrets --region eu-west-1",
                "aws iam list-attached-role-policies --role-name exec --region eu-west-1",
                "aws iam list-role-policies --role-name exec --region eu-west-1"), commands);
        Capture inline = rec.captures().get(2);
        assertEquals("ssm:GetParameters", inline.output().path("PolicyDocument").path("Statement").get(0).path("Action").asText(),
                "the document as the CLI prints it: decoded JSON, not the API's URL-encoded string");
        assertTrue(rec.captures().get(1).output().path("PolicyVersion").path("Document").isObject());
    }

    @Test
    void aManagedPolicyAttachedToTwoRolesIsReadOnce() {
        collector.attachedPolicies("eu-west-1", "exec");
        collector.attachedPolicies("eu-west-1", "task");
        assertEquals(2, wire.count("iam:ListAttachedRolePolicies"));
        assertEquals(1, wire.count("iam:GetPolicy"));
    }

    @Test
    void eachPolicyDocumentIsHandedOnAsARead() {
        wire.on("iam", "ListRolePolicies", "{\"PolicyNames\":[\"secrets\",\"logs\"]}");
        List<Runnable> handed = new java.util.ArrayList<>();
        collector.attachedPolicies("eu-west-1", "exec", handed::add);
        collector.inlinePolicies("eu-west-1", "exec", handed::add);
        assertEquals(3, handed.size(), "one managed policy and two inline documents");
        assertEquals(0, wire.count("iam:GetPolicy") + wire.count("iam:GetRolePolicy"), "nothing read before it is started");
        handed.forEach(Runnable::run);
        assertEquals(1, wire.count("iam:GetPolicy"));
        assertEquals(1, wire.count("iam:GetPolicyVersion"));
        assertEquals(2, wire.count("iam:GetRolePolicy"));
    }

    @Test
    void aDeniedListingIsAGapNamingItsIamAction() {
        wire.on("iam", "ListRolePolicies", p -> {
            throw WireException.of(WireException.Kind.SERVICE, "AccessDenied", "not authorized to perform: iam:ListRolePolicies", 403);
        });
        collector.inlinePolicies("eu-west-1", "exec");
        Capture gap = rec.captures().get(0);
        assertEquals("iam:ListRolePolicies", gap.error().path("iamAction").asText());
        assertEquals("AccessDenied", gap.error().path("code").asText());
        assertEquals(0, wire.count("iam:GetRolePolicy"));
    }
}
