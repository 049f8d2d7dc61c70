package io.ecstriage.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServiceLinkedRoleStepTest {
    @Test
    void createsTheEcsServiceLinkedRoleWithoutARegion() {
        AwsStep step = new FixCommands().createEcsServiceLinkedRole();
        assertEquals("aws iam create-service-linked-role --aws-service-name ecs.amazonaws.com", step.render());
    }
}
