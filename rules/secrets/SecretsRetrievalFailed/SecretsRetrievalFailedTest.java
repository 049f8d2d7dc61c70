package io.ecstriage.rules.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleCases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SecretsRetrievalFailed (SecretsRetrievalFailed.drl beside it) against the fixtures of its folder and inline cases. */
class SecretsRetrievalFailedTest extends RuleCases {
    SecretsRetrievalFailedTest() {
        super("SecretsRetrievalFailed");
    }

    @Test
    void thePolicyCoversExactlyTheReferencedSecrets() {
        Report r = fixture("SecretsRetrievalFailed", "fires-ssm-access-denied");
        Finding f = r.findings().get(0);
        assertEquals("SecretsRetrievalFailed", f.ruleId(), TestDiagnosis.summary(r));
        assertEquals(1, f.fix().commands().size(), fixes(f));
        String cmd = f.fix().commands().get(0);
        assertTrue(cmd.startsWith("aws iam put-role-policy --role-name ecsTaskExecutionRole --policy-name ecs-task-secrets"), cmd);
        assertTrue(cmd.contains("arn:aws:ssm:ap-northeast-1:067717894185:parameter/orders/api-key"), cmd);
        assertTrue(cmd.contains("\"arn:aws:secretsmanager:ap-northeast-1:067717894185:secret:orders/db-password-Xb3kQz\""), "JSON key suffix cut: " + cmd);
        assertTrue(cmd.contains("ssm:GetParameters") && cmd.contains("secretsmanager:GetSecretValue") && !cmd.contains("kms:"), cmd);
        assertEquals(0.78, f.confidence(), 1e-9, "specific text + the task definition's secrets");
    }

    @Test
    void networkTimeoutsAreNotPermissionProblems() {
        assertFalse(has(fixture("SecretsRetrievalFailed", "quiet-ssm-timeout"), "SecretsRetrievalFailed"));
        assertFalse(has(pasted("ResourceInitializationError: unable to pull secrets or registry auth: The task cannot pull registry auth from Amazon ECR: There is a connection issue between the task and Amazon ECR. Check your task network configuration. RequestError: send request failed caused by: Post \"https://api.ecr.us-east-1.amazonaws.com/\": dial tcp 172.40.1.94:443: i/o timeout", null), "SecretsRetrievalFailed"));
    }

    @Test
    void sharedResourceInitializationErrorGoesToTheLogGroupWhenItSaysSo() {
        Report r = fixture("SecretsRetrievalFailed", "quiet-log-group-missing");
        assertEquals("LogGroupMissing", r.findings().get(0).ruleId(), TestDiagnosis.summary(r));
    }

    @Test
    void kmsDenialAsksForDecryptAndTruncatedTextStaysGeneric() {
        Finding kms = get(pasted("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret arn:aws:secretsmanager:eu-central-1:111122223333:secret:app-EaPYTy from secrets manager: AccessDeniedException: Access to KMS is not allowed status code: 400", null), "SecretsRetrievalFailed");
        assertTrue(fixes(kms).contains("kms:Decrypt"), fixes(kms));
        Finding truncated = get(pasted("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 1 time...", null), "SecretsRetrievalFailed");
        assertTrue(truncated.confidence() < kms.confidence(), truncated.confidence() + " < " + kms.confidence());
    }

    /** IAM names the policy that refused the read: only the role's own missing allow is fixed by a policy on the role. */
    @Test
    void aRefusalAnotherPolicyDecidedGetsNoRolePolicyAsItsFix() throws Exception {
        String fixture = java.nio.file.Files.readString(io.ecstriage.rules.RuleFolders.of("SecretsRetrievalFailed").dir()
                .resolve("fires-ssm-access-denied.json"));
        // the fixture's own refusal is the role's missing allow: a policy on the role is the fix (thePolicyCoversExactlyTheReferencedSecrets)
        String identity = "because no identity-based policy allows the ssm:GetParameters action";
        assertTrue(fixture.contains(identity));
        Map<String, String> notes = Map.of(
                "with an explicit deny in a service control policy", "service control policy of the organization",
                "because no resource-based policy allows the ssm:GetParameters action", "the policy of the secret",
                "with an explicit deny in a permissions boundary", "permissions boundary");
        notes.forEach((clause, note) -> {
            Report r = TestDiagnosis.diagnose("scp.json", fixture.replace(identity, clause));
            List<Finding> secrets = r.findings().stream().filter(f -> f.ruleId().equals("SecretsRetrievalFailed")).toList();
            assertFalse(secrets.isEmpty(), clause + ": " + TestDiagnosis.summary(r));
            for (Finding f : secrets) assertTrue(f.fix() == null || f.fix().commands().isEmpty(), clause + ": " + fixes(f));
            assertTrue(secrets.stream().anyMatch(f -> f.fix() != null && f.fix().notes().stream().anyMatch(n -> n.contains(note))),
                    clause + ": " + secrets.stream().map(RuleCases::fixes).toList());
        });
    }
}
