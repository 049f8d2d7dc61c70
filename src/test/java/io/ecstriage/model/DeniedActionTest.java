package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DeniedActionTest {
    @Test
    void theActionOfARefusal() {
        assertEquals("iam:PassRole", DeniedAction.action("User: arn:aws:sts::01234567890:assumed-role/x/y is not authorized to perform: iam:PassRole on resource: arn:aws:iam::01234567890:role/ecsTaskExecutionRole"));
    }

    @Test
    void theActionOfARefusalWrappedByTheCliTable() {
        String d047 = ",                                                                           er is not authorized   \n,"
                + "                                                                           to perform:            \n,"
                + "                                                                           iam:CreateRole on      \n";
        assertEquals("iam:CreateRole", DeniedAction.action(d047));
    }

    @Test
    void aTextCutBeforeTheActionSaysSo() {
        assertEquals("the refused action", DeniedAction.action("User: arn:aws:iam::833914180760:user/netocoder is not authorized"));
    }

    @Test
    void theRoleOfAnAssumedRolePrincipal() {
        assertEquals("ecs.task.minecraft-server", DeniedAction.assumedRole("AccessDeniedException: User: arn:aws:sts::zzzzzzzzzzzz:assumed-role/ecs.task.minecraft-server/123456a999ee4b919..."));
        assertNull(DeniedAction.assumedRole("User: arn:aws:iam::833914180760:user/netocoder is not authorized"));
    }
}
