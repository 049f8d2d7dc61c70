package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class PreviousHealthyCandidateTest {
    private static final String TD = "arn:aws:ecs:eu-west-1:123456789012:task-definition/api:7";

    /** A described service as the CLI prints it. */
    private static ObjectNode service(String td, int desired, int running, int failed, String... deploymentTds) {
        ObjectNode s = JsonNodeFactory.instance.objectNode().put("taskDefinition", td).put("desiredCount", desired).put("runningCount", running);
        var ds = s.putArray("deployments");
        for (String d : deploymentTds) ds.addObject().put("taskDefinition", d).put("failedTasks", failed);
        return s;
    }

    @Test
    void aStrugglingServiceWithOnlyItsCurrentRevisionReadsTheOneBefore() {
        assertEquals("arn:aws:ecs:eu-west-1:123456789012:task-definition/api:6", LiveCollector.previousHealthyCandidate(service(TD, 2, 0, 3, TD)));
    }

    @Test
    void nothingExtraWhenHealthyWhenAnotherDeploymentNamesTheOldRevisionOrAtRevisionOne() {
        assertNull(LiveCollector.previousHealthyCandidate(service(TD, 2, 2, 0, TD)));
        assertNull(LiveCollector.previousHealthyCandidate(service(TD, 2, 0, 3, TD, "arn:aws:ecs:eu-west-1:123456789012:task-definition/api:5")));
        assertNull(LiveCollector.previousHealthyCandidate(service("arn:aws:ecs:eu-west-1:123456789012:task-definition/api:1", 1, 0, 0)));
    }
}
