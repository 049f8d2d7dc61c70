package io.ecstriage.ingest.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.ContainerInstance;
import io.ecstriage.model.ContainerInstanceListing;
import io.ecstriage.model.Ec2Instance;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TaskOnInstance;
import io.ecstriage.model.TextSignal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The EC2 launch type's readers: container instances, their listing, EC2 instances, and a task's host and bindings. */
class ContainerInstanceReadersTest {
    private static final String CI = "arn:aws:ecs:eu-west-1:318462957104:container-instance/orders-ec2/0c7e5a1d9f3b4e2a8c6d4b2f0e9a7c51";

    private static Snapshot fixture(String... captures) {
        return TestDiagnosis.snapshot("in.json", "{\"ecsTriageFixture\": 1, \"region\": \"eu-west-1\", \"captures\": [" + String.join(",", captures) + "]}");
    }

    private static String capture(String command, String output) {
        return "{\"command\": \"" + command + "\", \"output\": " + output + "}";
    }

    @Test
    void aContainerInstanceWithItsResourcesPortsAndAgent() {
        Snapshot s = fixture(capture("aws ecs describe-container-instances --cluster orders-ec2 --container-instances " + CI, """
                {"containerInstances": [{"containerInstanceArn": "%s", "ec2InstanceId": "i-0a5c3e7b9d1f24680", "status": "DRAINING",
                  "agentConnected": false, "runningTasksCount": 2, "pendingTasksCount": 0, "versionInfo": {"agentVersion": "1.89.1"},
                  "remainingResources": [{"name": "CPU", "type": "INTEGER", "integerValue": 1536},
                                         {"name": "MEMORY", "type": "INTEGER", "integerValue": 256},
                                         {"name": "PORTS", "type": "STRINGSET", "stringSetValue": ["22", "2375", "8080", "x"]}],
                  "registeredResources": [{"name": "CPU", "type": "INTEGER", "integerValue": 2048},
                                          {"name": "MEMORY", "type": "INTEGER", "integerValue": 3828}],
                  "attributes": [{"name": "ecs.instance-type", "value": "t3.medium"}, {"name": "ecs.capability.ecr-auth"}]}],
                 "failures": [{"arn": "arn:aws:ecs:eu-west-1:318462957104:container-instance/orders-ec2/gone", "reason": "MISSING"}]}
                """.formatted(CI)));
        ContainerInstance ci = s.all(ContainerInstance.class).get(0);
        assertEquals("arn:aws:ecs:eu-west-1:318462957104:cluster/orders-ec2", ci.clusterArn());
        assertEquals("orders-ec2", ci.clusterName());
        assertEquals("i-0a5c3e7b9d1f24680", ci.ec2InstanceId());
        assertTrue(ci.draining());
        assertTrue(ci.agentDisconnected());
        assertFalse(ci.placeable());
        assertEquals(List.of(22, 2375, 8080), ci.portsInUse());
        assertEquals(Map.of("ecs.instance-type", "t3.medium", "ecs.capability.ecr-auth", ""), ci.attributes());
        assertTrue(ci.fits("512", "256"));
        assertFalse(ci.fits("512", "1024"));
        assertTrue(ci.fits("1 vCPU", null), "a size in words is not compared");
        assertEquals("1.89.1", ci.agentVersion());
        assertEquals(1, s.all(TextSignal.class).size(), "the MISSING failure is an error text of the capture");
    }

    @Test
    void aListingIsEmptyOnlyWhenCompleteAndUnfiltered() {
        Snapshot s = fixture(capture("aws ecs list-container-instances --cluster orders-ec2", "{\"containerInstanceArns\": []}"),
                capture("aws ecs list-container-instances --cluster other --status ACTIVE", "{\"containerInstanceArns\": []}"));
        List<ContainerInstanceListing> l = s.all(ContainerInstanceListing.class);
        assertTrue(l.get(0).empty());
        assertEquals("orders-ec2", l.get(0).clusterName());
        assertFalse(l.get(1).empty());
    }

    @Test
    void anEc2InstanceWithItsGroupsAndProfile() {
        Snapshot s = fixture(capture("aws ec2 describe-instances --instance-ids i-0a5c3e7b9d1f24680", """
                {"Reservations": [{"Instances": [{"InstanceId": "i-0a5c3e7b9d1f24680", "State": {"Name": "running"}, "SubnetId": "subnet-1",
                  "VpcId": "vpc-1", "SecurityGroups": [{"GroupId": "sg-1"}, {"GroupId": "sg-2"}],
                  "IamInstanceProfile": {"Arn": "arn:aws:iam::318462957104:instance-profile/ecsInstanceRole"}}]},
                  {"Instances": [{"State": {"Name": "running"}}]}]}
                """));
        List<Ec2Instance> all = s.all(Ec2Instance.class);
        assertEquals(1, all.size(), "an instance without InstanceId is not a fact");
        assertEquals(List.of("sg-1", "sg-2"), all.get(0).securityGroupIds());
        assertEquals("arn:aws:iam::318462957104:instance-profile/ecsInstanceRole", all.get(0).instanceProfileArn());
    }

    @Test
    void aTaskOnAnInstanceAndRunTaskFailures() {
        Snapshot s = fixture(capture("aws ecs run-task --cluster orders-ec2 --task-definition web:1", """
                {"tasks": [{"taskArn": "arn:aws:ecs:eu-west-1:318462957104:task/orders-ec2/2f9c", "group": "service:web", "launchType": "EC2",
                  "clusterArn": "arn:aws:ecs:eu-west-1:318462957104:cluster/orders-ec2", "containerInstanceArn": "%s",
                  "containers": [{"name": "web", "networkBindings": [{"containerPort": 8080, "hostPort": 32771, "protocol": "tcp"}]}]},
                  {"taskArn": "arn:aws:ecs:eu-west-1:318462957104:task/orders-ec2/fargate", "launchType": "FARGATE", "containers": []}],
                 "failures": [{"arn": "%s", "reason": "RESOURCE:MEMORY"}]}
                """.formatted(CI, CI)));
        List<TaskOnInstance> hosts = s.all(TaskOnInstance.class);
        assertEquals(1, hosts.size(), "a Fargate task has no container instance");
        assertEquals(CI, hosts.get(0).containerInstanceArn());
        assertEquals(List.of(new TaskOnInstance.Binding("web", 8080, 32771, "tcp")), hosts.get(0).bindings());
        TextSignal failure = s.all(TextSignal.class).get(0);
        assertEquals("RESOURCE:MEMORY (" + CI + ")", failure.text());
        assertTrue(failure.says("\\bresource:memory\\b"));
    }
}
