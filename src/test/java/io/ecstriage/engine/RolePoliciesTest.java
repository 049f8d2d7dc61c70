package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.IamRolePolicies;
import io.ecstriage.model.RoleAccess;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.iam.Access;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A role's IAM outputs joined and evaluated per task definition purpose. */
class RolePoliciesTest {
    static final String TD = "{\"command\": \"aws ecs describe-task-definition --task-definition web:1 --region eu-west-1\", \"output\": "
            + "{\"taskDefinition\": {\"taskDefinitionArn\": \"arn:aws:ecs:eu-west-1:111122223333:task-definition/web:1\", \"family\": \"web\","
            + " \"revision\": 1, \"executionRoleArn\": \"arn:aws:iam::111122223333:role/service-role/exec\", \"containerDefinitions\": [{\"name\": \"web\","
            + " \"image\": \"111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:1\", \"secrets\": [{\"name\": \"K\", \"valueFrom\": \"/web/key\"}]}]}}}";
    static final String ATTACHED = "{\"command\": \"aws iam list-attached-role-policies --role-name exec\", \"output\": {\"AttachedPolicies\": "
            + "[{\"PolicyName\": \"pull\", \"PolicyArn\": \"arn:aws:iam::111122223333:policy/pull\"}]}}";
    static final String INLINE = "{\"command\": \"aws iam list-role-policies --role-name exec\", \"output\": {\"PolicyNames\": []}}";

    static String version(boolean isDefault) {
        return "{\"command\": \"aws iam get-policy-version --policy-arn arn:aws:iam::111122223333:policy/pull --version-id v2\", \"output\": "
                + "{\"PolicyVersion\": {\"VersionId\": \"v2\", \"IsDefaultVersion\": " + isDefault + ", \"Document\": {\"Statement\": [{\"Effect\": "
                + "\"Allow\", \"Action\": \"ecr:*\", \"Resource\": \"*\"}]}}}}";
    }

    static Snapshot snapshot(String... captures) {
        return TestDiagnosis.snapshot("in.json", "{\"ecsTriageFixture\": 1, \"captures\": [" + String.join(",", captures) + "]}");
    }

    @Test
    void everyPolicyReadDecidesEachPurpose() {
        Snapshot s = snapshot(TD, ATTACHED, INLINE, version(true));
        IamRolePolicies role = new RolePolicies(s).all().get(0);
        assertEquals("exec", role.roleName(), "the role's name, its path dropped");
        assertNull(role.unread(), role.toString());
        List<RoleAccess> access = new RoleAccessChecks(s).all();
        RoleAccess pull = access.stream().filter(a -> a.purpose().equals(RoleAccess.ECR_PULL)).findFirst().orElseThrow();
        assertEquals(Access.ALLOWED, pull.access());
        assertEquals("aws iam get-policy-version --policy-arn arn:aws:iam::111122223333:policy/pull", pull.command());
        RoleAccess secrets = access.stream().filter(a -> a.purpose().equals(RoleAccess.SECRETS)).findFirst().orElseThrow();
        assertEquals(Access.NOT_ALLOWED, secrets.access());
        assertEquals("arn:aws:ssm:eu-west-1:111122223333:parameter/web/key", secrets.decision().resource(), "a bare parameter name is the task's");
    }

    @Test
    void aVersionThatIsNotTheDefaultIsNotInForce() {
        Snapshot s = snapshot(TD, ATTACHED, INLINE, version(false));
        IamRolePolicies role = new RolePolicies(s).all().get(0);
        assertEquals("policy pull was not read", role.unread());
        assertEquals(Access.UNKNOWN, role.decide("ecr:BatchGetImage", "arn:aws:ecr:eu-west-1:111122223333:repository/web").access());
    }

    @Test
    void withoutTheInlineListingNothingIsRefused() {
        Snapshot s = snapshot(TD, ATTACHED, version(true));
        RoleAccess secrets = new RoleAccessChecks(s).all().stream().filter(a -> a.purpose().equals(RoleAccess.SECRETS)).findFirst().orElseThrow();
        assertEquals(Access.UNKNOWN, secrets.access());
        assertTrue(secrets.decision().reason().contains("inline policies were not listed"), secrets.toString());
    }
}
