package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EcsTaskTest {
    private static final String CLUSTER = "arn:aws:ecs:eu-west-1:111122223333:cluster/prod";

    private static EcsTask task(String group) {
        return new EcsTask("us-east-1", "arn:aws:ecs:eu-west-1:111122223333:task/prod/t1", "t1", CLUSTER, "td", group,
                "STOPPED", "STOPPED", null, null, null, null, "FARGATE", null, null, null, null, null, List.of());
    }

    @Test
    void theServiceKeyIsTheFullIdentityOfTheGroupsService() {
        // the cluster ARN's region and account win over the capture's region
        assertEquals("eu-west-1:111122223333:prod/api", task("service:api").serviceKey());
        assertEquals(ServiceKey.of("us-east-1", CLUSTER, "api"), task("service:api").serviceKey());
    }

    @Test
    void aTaskNotStartedByAServiceHasNoServiceKey() {
        assertNull(task("family:api").serviceKey());
        assertNull(task(null).serviceKey());
    }

    @Test
    void aServiceKeyPassedInIsReplacedByTheOneMadeFromTheTask() {
        EcsTask t = task("service:api");
        EcsTask copy = new EcsTask(t.region(), t.taskArn(), t.taskId(), t.clusterArn(), t.taskDefinitionArn(), t.group(),
                t.lastStatus(), t.desiredStatus(), t.stopCode(), t.stoppedReason(), t.createdAt(), t.stoppedAt(), t.launchType(),
                t.availabilityZone(), t.subnetId(), t.eniId(), t.privateIp(), t.healthStatus(), t.containers(), "elsewhere:0:x/y");

        assertEquals(t.serviceKey(), copy.serviceKey());
        assertEquals(t, copy);
    }
}
