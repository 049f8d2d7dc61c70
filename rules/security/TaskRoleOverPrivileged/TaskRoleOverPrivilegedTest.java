package io.ecstriage.rules.security;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.report.Report;
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
    void anUnreadRoleIsNotAFindingButIsListedAsNotCheckedWithTheReadsThatSettleIt() {
        Report report = Fixtures.diagnose(ID, "quiet-role-not-read.json");
        Finding admin = finding(Fixtures.diagnose(ID, "fires-administrator-access.json"), ID);

        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().equals(ID)), report.findings()::toString);
        assertFalse(report.problemsFound());
        Finding unread = report.notChecked().stream().filter(f -> f.ruleId().equals(ID)).findFirst().orElseThrow();
        assertEquals(List.of("iam:ListAttachedRolePolicies", "iam:ListRolePolicies"),
                unread.missingEvidence().stream().map(MissingEvidence::iamAction).toList());
        assertEquals(List.of(), admin.missingEvidence(), "the listing settles it");
        assertEquals(List.of(), Fixtures.diagnose(ID, "fires-administrator-access.json").notChecked(), "a read role is checked");
    }
}
