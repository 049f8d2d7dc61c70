package io.ecstriage.model.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
    static final String REPO = "arn:aws:ecr:us-east-1:111122223333:repository/api";
    static final String SECRET = "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf";

    static PolicyStatement allow(List<String> actions, List<String> resources) {
        return new PolicyStatement(null, true, actions, false, resources, false, false);
    }

    static PolicyStatement deny(List<String> actions, List<String> resources) {
        return new PolicyStatement("NoSecrets", false, actions, false, resources, false, false);
    }

    static AccessDecision decide(String action, String resource, PolicyStatement... statements) {
        return PolicyEvaluator.decide(List.of(new PolicyEvaluator.Policy("p", "aws iam get-role-policy", List.of(statements))), null, action, resource);
    }

    @Test
    void anExactActionOnAnExactResourceIsAllowed() {
        AccessDecision d = decide("ecr:BatchGetImage", REPO, allow(List.of("ecr:BatchGetImage"), List.of(REPO)));
        assertEquals(Access.ALLOWED, d.access());
        assertEquals("statement 1", d.statement());
    }

    @Test
    void actionWildcardsMatchServiceAllAndPrefixIgnoringCase() {
        assertEquals(Access.ALLOWED, decide("ecr:BatchGetImage", REPO, allow(List.of("ecr:*"), List.of("*"))).access());
        assertEquals(Access.ALLOWED, decide("ecr:BatchGetImage", REPO, allow(List.of("*"), List.of("*"))).access());
        assertEquals(Access.ALLOWED, decide("ecr:GetDownloadUrlForLayer", REPO, allow(List.of("ECR:get*"), List.of("*"))).access());
        assertEquals(Access.NOT_ALLOWED, decide("ecr:BatchGetImage", REPO, allow(List.of("ecr:Get*"), List.of("*"))).access());
        assertEquals(Access.NOT_ALLOWED, decide("ecs:DescribeTasks", REPO, allow(List.of("ecr:*"), List.of("*"))).access());
        assertEquals(Access.ALLOWED, decide("ssm:GetParameters", "*", allow(List.of("ssm:GetParameter?"), List.of("*"))).access());
    }

    @Test
    void resourceWildcardsMatchArnsCaseSensitively() {
        assertEquals(Access.ALLOWED, decide("secretsmanager:GetSecretValue", SECRET,
                allow(List.of("secretsmanager:GetSecretValue"), List.of("arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/*"))).access());
        assertEquals(Access.ALLOWED, decide("secretsmanager:GetSecretValue", SECRET,
                allow(List.of("secretsmanager:GetSecretValue"), List.of("arn:aws:secretsmanager:*:*:secret:prod/db-??????"))).access());
        assertEquals(Access.NOT_ALLOWED, decide("secretsmanager:GetSecretValue", SECRET,
                allow(List.of("secretsmanager:GetSecretValue"), List.of("arn:aws:secretsmanager:us-east-1:111122223333:secret:staging/*"))).access());
        assertEquals(Access.NOT_ALLOWED, decide("secretsmanager:GetSecretValue", SECRET,
                allow(List.of("secretsmanager:GetSecretValue"), List.of("arn:aws:secretsmanager:us-east-1:111122223333:secret:PROD/*"))).access());
    }

    @Test
    void anExplicitDenyWinsOverAnyAllow() {
        AccessDecision d = decide("secretsmanager:GetSecretValue", SECRET, allow(List.of("*"), List.of("*")),
                deny(List.of("secretsmanager:*"), List.of("*")));
        assertEquals(Access.DENIED, d.access());
        assertEquals("statement NoSecrets", d.statement());
        assertTrue(d.describe().contains("denies secretsmanager:GetSecretValue"), d.describe());
    }

    @Test
    void notActionAllowsEverythingElse() {
        PolicyStatement allButIam = new PolicyStatement(null, true, List.of("iam:*"), true, List.of("*"), false, false);
        assertEquals(Access.ALLOWED, decide("ecr:BatchGetImage", REPO, allButIam).access());
        assertEquals(Access.NOT_ALLOWED, decide("iam:PassRole", "*", allButIam).access());
        PolicyStatement denyAllButLogs = new PolicyStatement(null, false, List.of("logs:*"), true, List.of("*"), false, false);
        assertEquals(Access.DENIED, decide("ecr:BatchGetImage", REPO, allow(List.of("*"), List.of("*")), denyAllButLogs).access());
        assertEquals(Access.ALLOWED, decide("logs:CreateLogGroup", "*", allow(List.of("*"), List.of("*")), denyAllButLogs).access());
    }

    @Test
    void notResourceAppliesToEveryOtherResource() {
        PolicyStatement exceptProd = new PolicyStatement(null, true, List.of("secretsmanager:GetSecretValue"), false,
                List.of("arn:aws:secretsmanager:*:*:secret:prod/*"), true, false);
        assertEquals(Access.NOT_ALLOWED, decide("secretsmanager:GetSecretValue", SECRET, exceptProd).access());
        assertEquals(Access.ALLOWED, decide("secretsmanager:GetSecretValue",
                "arn:aws:secretsmanager:us-east-1:111122223333:secret:dev/db-AbCdEf", exceptProd).access());
    }

    @Test
    void aConditionIsUndeterminedNeverAllowOrDeny() {
        PolicyStatement conditionalAllow = new PolicyStatement(null, true, List.of("kms:Decrypt"), false, List.of("*"), false, true);
        AccessDecision d = decide("kms:Decrypt", "arn:aws:kms:us-east-1:111122223333:key/k", conditionalAllow);
        assertEquals(Access.UNKNOWN, d.access());
        assertTrue(d.reason().contains("Condition"), d.reason());
        PolicyStatement conditionalDeny = new PolicyStatement(null, false, List.of("*"), false, List.of("*"), false, true);
        assertEquals(Access.UNKNOWN, decide("ecr:BatchGetImage", REPO, allow(List.of("ecr:*"), List.of("*")), conditionalDeny).access());
        assertEquals(Access.ALLOWED, decide("kms:Decrypt", "k", conditionalAllow, allow(List.of("kms:Decrypt"), List.of("*"))).access());
        assertEquals(Access.DENIED, decide("kms:Decrypt", "k", conditionalAllow, deny(List.of("kms:*"), List.of("*"))).access());
    }

    @Test
    void aPolicyVariableIsUndetermined() {
        PolicyStatement own = allow(List.of("secretsmanager:GetSecretValue"), List.of("arn:aws:secretsmanager:*:*:secret:${aws:PrincipalTag/team}/*"));
        assertEquals(Access.UNKNOWN, decide("secretsmanager:GetSecretValue", SECRET, own).access());
    }

    @Test
    void unreadPoliciesLeaveAnAbsentAllowUnknownButNotADenyOrAnAllow() {
        List<PolicyEvaluator.Policy> read = List.of(new PolicyEvaluator.Policy("inline", null, List.of(allow(List.of("logs:*"), List.of("*")))));
        String unread = "policy AmazonECSTaskExecutionRolePolicy was not read";
        AccessDecision d = PolicyEvaluator.decide(read, unread, "ecr:BatchGetImage", REPO);
        assertEquals(Access.UNKNOWN, d.access());
        assertEquals(unread, d.reason());
        assertEquals(Access.ALLOWED, PolicyEvaluator.decide(read, unread, "logs:CreateLogGroup", "*").access());
        List<PolicyEvaluator.Policy> denying = List.of(new PolicyEvaluator.Policy("guard", null, List.of(deny(List.of("ecr:*"), List.of("*")))));
        assertEquals(Access.DENIED, PolicyEvaluator.decide(denying, unread, "ecr:BatchGetImage", REPO).access());
    }

    @Test
    void aRoleWithoutPoliciesAllowsNothing() {
        AccessDecision d = PolicyEvaluator.decide(List.of(), null, "ecr:GetAuthorizationToken", "*");
        assertEquals(Access.NOT_ALLOWED, d.access());
        assertTrue(d.refused());
        assertTrue(d.describe().contains("the role has no policies"), d.describe());
    }

    @Test
    void globsBacktrackAcrossSeveralStars() {
        assertTrue(PolicyStatement.matches("arn:aws:logs:*:*:log-group:/ecs/*:*", "arn:aws:logs:us-east-1:1:log-group:/ecs/api:*", false));
        assertTrue(!PolicyStatement.matches("a*b*c", "aXbY", false));
        assertTrue(PolicyStatement.matches("*", "", false));
    }
}
