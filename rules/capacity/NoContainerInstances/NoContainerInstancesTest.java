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

    @Test
    void aServiceWhoseTasksRanOnFargateIsNotShortOfInstances() {
        io.ecstriage.Samples.Fixture ec2Only = ec2ServiceInAnEmptyCluster();
        io.ecstriage.report.Report before = io.ecstriage.TestDiagnosis.diagnose("inline.json", ec2Only.json());
        org.junit.jupiter.api.Assertions.assertTrue(io.ecstriage.TestDiagnosis.finding(before, ruleId()).isPresent(), io.ecstriage.TestDiagnosis.summary(before));

        io.ecstriage.Samples.Fixture withTask = ec2ServiceInAnEmptyCluster().output("aws ecs describe-tasks --cluster shop --tasks t1 --region eu-west-1",
                io.ecstriage.Samples.read("{\"tasks\": [{\"taskArn\": \"arn:aws:ecs:eu-west-1:111122223333:task/shop/0123456789abcdef0123456789abcdef\","
                        + " \"clusterArn\": \"arn:aws:ecs:eu-west-1:111122223333:cluster/shop\", \"group\": \"service:web\", \"launchType\": \"FARGATE\","
                        + " \"lastStatus\": \"STOPPED\", \"desiredStatus\": \"STOPPED\", \"stoppedReason\": \"Essential container in task exited\"}]}"));
        io.ecstriage.report.Report after = io.ecstriage.TestDiagnosis.diagnose("inline.json", withTask.json());
        org.junit.jupiter.api.Assertions.assertTrue(io.ecstriage.TestDiagnosis.finding(after, ruleId()).isEmpty(), io.ecstriage.TestDiagnosis.summary(after));
    }

    private static io.ecstriage.Samples.Fixture ec2ServiceInAnEmptyCluster() {
        return io.ecstriage.Samples.fixture("EC2 service read, Fargate tasks", "eu-west-1")
                .output("aws ecs describe-services --cluster shop --services web --region eu-west-1", io.ecstriage.Samples.read(
                        "{\"services\": [{\"serviceName\": \"web\", \"serviceArn\": \"arn:aws:ecs:eu-west-1:111122223333:service/shop/web\","
                        + " \"clusterArn\": \"arn:aws:ecs:eu-west-1:111122223333:cluster/shop\", \"launchType\": \"EC2\", \"desiredCount\": 1,"
                        + " \"runningCount\": 0, \"status\": \"ACTIVE\"}]}"))
                .output("aws ecs list-container-instances --cluster shop --region eu-west-1", io.ecstriage.Samples.read("{\"containerInstanceArns\": []}"));
    }
}
