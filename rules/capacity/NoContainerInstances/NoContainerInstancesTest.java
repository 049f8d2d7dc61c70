package io.ecstriage.rules.capacity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.rules.RuleCases;
import org.junit.jupiter.api.Test;

class NoContainerInstancesTest extends RuleCases {
    NoContainerInstancesTest() {
        super("NoContainerInstances");
    }

    @Test
    void theNoteNamesTheClusterTheInstancesMustJoin() {
        Finding f = get(fixture(ruleId(), "fires-empty-cluster"), ruleId());

        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("ECS_CLUSTER=orders-ec2 in /etc/ecs/ecs.config")), f.fix().notes()::toString);
    }

    @Test
    void aPastedLineNamesNoClusterSoTheNoteKeepsThePlaceholder() {
        Finding f = get(pasted("service orders-web was unable to place a task. Reason: No Container Instances were found in your cluster.", "eu-west-1"), ruleId());

        assertTrue(f.fix().notes().stream().anyMatch(n -> n.contains("ECS_CLUSTER=CLUSTER in")), f.fix().notes()::toString);
    }
}
