package io.ecstriage.rules.security;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskRoleOverPrivilegedTest extends RuleCases {
    private static final String ID = "TaskRoleOverPrivileged";

    TaskRoleOverPrivilegedTest() {
        super(ID);
    }

    @Test
    void administratorAccessIsDetached() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-administrator-access.json"), ID);

        assertEquals(0.75, f.confidence(), 1e-9);
        assertEquals(List.of("aws iam detach-role-policy --role-name orders-api-task-role --policy-arn arn:aws:iam::aws:policy/AdministratorAccess"),
                f.fix().commands());
    }

    @Test
    void aStarInACustomerPolicyIsFoundInItsVersionDocument() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-customer-policy-version.json"), ID);

        assertTrue(f.evidence().stream().anyMatch(e -> e.source().equals("aws iam get-policy-version") && e.text().contains("orders-api-full")), f.evidence()::toString);
    }

    @Test
    void anUnreadRoleIsListedBelowEveryCheckedFindingWithTheReadsThatSettleIt() {
        Finding unread = finding(Fixtures.diagnose(ID, "fires-role-not-read.json"), ID);
        Finding admin = finding(Fixtures.diagnose(ID, "fires-administrator-access.json"), ID);

        assertTrue(unread.confidence() < admin.confidence());
        assertEquals(List.of("iam:ListAttachedRolePolicies", "iam:ListRolePolicies"),
                unread.missingEvidence().stream().map(MissingEvidence::iamAction).toList());
        assertEquals(List.of(), admin.missingEvidence(), "the listing settles it");
    }
}
