package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.Service;

class PreviousHealthyCandidateTest {
    private static final String TD = "arn:aws:ecs:eu-west-1:123456789012:task-definition/api:7";

    private static Service service(int running, int failed, String... deploymentTds) {
        Deployment[] ds = new Deployment[deploymentTds.length];
        for (int i = 0; i < ds.length; i++) ds[i] = Deployment.builder().taskDefinition(deploymentTds[i]).failedTasks(failed).build();
        return Service.builder().taskDefinition(TD).desiredCount(2).runningCount(running).deployments(ds).build();
    }

    @Test
    void aStrugglingServiceWithOnlyItsCurrentRevisionReadsTheOneBefore() {
        assertEquals("arn:aws:ecs:eu-west-1:123456789012:task-definition/api:6", LiveCollector.previousHealthyCandidate(service(0, 3, TD)));
    }

    @Test
    void nothingExtraWhenHealthyWhenAnotherDeploymentNamesTheOldRevisionOrAtRevisionOne() {
        assertNull(LiveCollector.previousHealthyCandidate(service(2, 0, TD)));
        assertNull(LiveCollector.previousHealthyCandidate(service(0, 3, TD, "arn:aws:ecs:eu-west-1:123456789012:task-definition/api:5")));
        Service first = Service.builder().taskDefinition("arn:aws:ecs:eu-west-1:123456789012:task-definition/api:1").desiredCount(1).runningCount(0).build();
        assertNull(LiveCollector.previousHealthyCandidate(first));
    }
}
