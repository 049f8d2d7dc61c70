package io.ecstriage.rules.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.rules.RuleCases;
import org.junit.jupiter.api.Test;

/** ExecutionRoleCannotWriteLogs (ExecutionRoleCannotWriteLogs.drl beside it): which policy its advice points at. */
class ExecutionRoleCannotWriteLogsTest extends RuleCases {
    private static final String DENIED = "ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times:"
            + " failed to create Cloudwatch log stream: AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/abc"
            + " is not authorized to perform: logs:CreateLogStream on resource: arn:aws:logs:us-east-1:123456789012:log-group:/ecs/app:log-stream:x ";

    ExecutionRoleCannotWriteLogsTest() {
        super("ExecutionRoleCannotWriteLogs");
    }

    @Test
    void theRolesMissingAllowIsTheManagedPolicyAndAnotherPolicysRefusalIsNamed() {
        Finding own = get(pasted(DENIED + "because no identity-based policy allows the logs:CreateLogStream action", null), "ExecutionRoleCannotWriteLogs");
        assertTrue(fixes(own).contains("aws iam attach-role-policy --role-name ecsTaskExecutionRole"), fixes(own));
        Finding scp = get(pasted(DENIED + "with an explicit deny in a service control policy", null), "ExecutionRoleCannotWriteLogs");
        assertTrue(fixes(scp).contains("service control policy"), fixes(scp));
        assertFalse(fixes(scp).contains("attach-role-policy"), fixes(scp));
    }
}
