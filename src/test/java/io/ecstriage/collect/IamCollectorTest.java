package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.ecstriage.aws.AwsClients;
import io.ecstriage.ingest.Capture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetPolicyRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyResponse;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionResponse;
import software.amazon.awssdk.services.iam.model.GetRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

/** The IAM reads of a role with Mockito clients (moto holds IAM too: LiveIamPoliciesIT); a denied read is a gap. */
class IamCollectorTest {
    static final String MANAGED = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
    static final String DOC = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ssm:GetParameters\",\"Resource\":\"*\"}]}";

    AwsClients aws = mock(AwsClients.class);
    IamClient iam = mock(IamClient.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
    Recorder rec = new Recorder(Progress.off());
    IamCollector collector = new IamCollector(aws, rec);

    IamCollectorTest() {
        when(aws.iam(anyString())).thenReturn(iam);
        doReturn(ListAttachedRolePoliciesResponse.builder().attachedPolicies(AttachedPolicy.builder()
                .policyName("AmazonECSTaskExecutionRolePolicy").policyArn(MANAGED).build()).build())
                .when(iam).listAttachedRolePolicies(any(ListAttachedRolePoliciesRequest.class));
        doReturn(GetPolicyResponse.builder().policy(Policy.builder().arn(MANAGED).defaultVersionId("v3").build()).build())
                .when(iam).getPolicy(any(GetPolicyRequest.class));
        doReturn(GetPolicyVersionResponse.builder().policyVersion(PolicyVersion.builder().versionId("v3").isDefaultVersion(true)
                .document(URLEncoder.encode(DOC, StandardCharsets.UTF_8)).build()).build())
                .when(iam).getPolicyVersion(any(GetPolicyVersionRequest.class));
        doReturn(ListRolePoliciesResponse.builder().policyNames("secrets").build()).when(iam).listRolePolicies(any(ListRolePoliciesRequest.class));
        doReturn(GetRolePolicyResponse.builder().roleName("exec").policyName("secrets")
                .policyDocument(URLEncoder.encode(DOC, StandardCharsets.UTF_8)).build()).when(iam).getRolePolicy(any(GetRolePolicyRequest.class));
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
        verify(iam, times(2)).listAttachedRolePolicies(any(ListAttachedRolePoliciesRequest.class));
        verify(iam, times(1)).getPolicy(any(GetPolicyRequest.class));
    }

    @Test
    void aDeniedListingIsAGapNamingItsIamAction() {
        doThrow(IamException.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDenied")
                .errorMessage("not authorized to perform: iam:ListRolePolicies").build()).build())
                .when(iam).listRolePolicies(any(ListRolePoliciesRequest.class));
        collector.inlinePolicies("eu-west-1", "exec");
        Capture gap = rec.captures().get(0);
        assertEquals("iam:ListRolePolicies", gap.error().path("iamAction").asText());
        verify(iam, times(0)).getRolePolicy(any(GetRolePolicyRequest.class));
    }
}
