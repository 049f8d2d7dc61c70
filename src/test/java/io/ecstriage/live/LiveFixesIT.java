package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/**
 * Emulator-verified fixes: the broken state built in moto, diagnosed, the printed aws steps run with the aws CLI
 * of the project venv against the same emulator, collected again. Stopped tasks stay in the history, so each test
 * judges on the configuration the fix changes, and asserts no new HIGH or MEDIUM finding appears.
 */
class LiveFixesIT {
    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;

    /** The aws and jq steps of a finding's plan (docker and curl steps need a registry or a network moto does not have). */
    static List<String> runnableSteps(JsonNode finding) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : finding.path("fix").path("steps")) {
            String type = s.path("type").asText();
            if (type.equals("aws") || type.equals("task-definition")) out.add(s.path("command").asText());
        }
        return out;
    }

    static void runAll(List<String> commands, String region, Path dir) throws IOException, InterruptedException {
        for (String c : commands) {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -o pipefail; " + c).directory(dir.toFile()).redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.putAll(Emulated.ENV);
            env.put("AWS_ENDPOINT_URL", moto.endpoint());
            env.put("AWS_DEFAULT_REGION", region);
            env.put("AWS_PAGER", "");
            env.put("PATH", moto.bin() + ":" + env.get("PATH"));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), () -> "the printed step failed: " + c + "\n" + out);
        }
    }

    /** The JSON report of a live diagnosis of the cluster. */
    static JsonNode diagnose(String region, String cluster) {
        return LiveCli.run(moto, region, "diagnose", "--cluster", cluster, "--format", "json").json();
    }

    static JsonNode finding(JsonNode report, String ruleId) {
        for (JsonNode f : report.path("findings")) if (f.path("ruleId").asText().equals(ruleId)) return f;
        return null;
    }

    static Set<String> highOrMedium(JsonNode report) {
        Set<String> out = new TreeSet<>();
        for (JsonNode f : report.path("findings")) {
            String sev = f.path("severity").asText();
            if (sev.equals("HIGH") || sev.equals("MEDIUM")) out.add(f.path("ruleId").asText());
        }
        return out;
    }

    static void assertNothingNew(JsonNode before, JsonNode after) {
        Set<String> added = highOrMedium(after);
        added.removeAll(highOrMedium(before));
        assertEquals(Set.of(), added, "the fix brought new HIGH/MEDIUM findings: " + after);
    }

    /** LogGroupMissing, judged on the log group listing: the group the task definition names exists afterwards. */
    @Test
    void logGroupMissing(@TempDir Path dir) throws Exception {
        String region = "eu-west-3";
        String cluster = "fix-logs-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.41", "a");
        String sg = aws.securityGroup(net.vpcId(), "fix-logs-sg");
        aws.fargateService(cluster, "fix-logs").image(Emulated.ACCOUNT + ".dkr.ecr." + region + ".amazonaws.com/fix-logs:1")
                .awslogs("/ecs/fix-logs").create("fix-logs-service", Emulated.awsvpc(net.subnets().get(0), sg));
        aws.stoppedTasks(cluster, "fix-logs-service", "fix-logs:1", net.subnets().get(0), sg, LiveLogGroupMissingIT.REASONS);

        JsonNode before = diagnose(region, cluster);
        JsonNode f = finding(before, "LogGroupMissing");
        assertTrue(f != null && f.path("evidence").toString().contains("no log group"), before.toString());
        List<String> steps = runnableSteps(f);
        assertEquals(List.of("aws logs create-log-group --log-group-name /ecs/fix-logs --region " + region), steps);
        runAll(steps, region, dir);

        JsonNode after = diagnose(region, cluster);
        JsonNode again = finding(after, "LogGroupMissing");
        assertTrue(again == null || !again.path("evidence").toString().contains("no log group"),
                "the listing still says the group is missing: " + again);
        assertNothingNew(before, after);
    }

    /**
     * ContainerOutOfMemory, judged on the service's task definition: it now has the next Fargate size and the
     * container's hard limit grew with it. (The old revision's stopped tasks keep their OOM reason.)
     */
    @Test
    void containerOutOfMemory(@TempDir Path dir) throws Exception {
        String region = "ap-southeast-2";
        String cluster = "fix-oom-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.42", "a");
        String sg = aws.securityGroup(net.vpcId(), "fix-oom-sg");
        aws.fargateService(cluster, "fix-oom").create("fix-oom-service", Emulated.awsvpc(net.subnets().get(0), sg));
        aws.stoppedTasks(cluster, "fix-oom-service", "fix-oom:1", net.subnets().get(0), sg,
                List.of("OutOfMemoryError: Container killed due to memory usage"));

        JsonNode before = diagnose(region, cluster);
        JsonNode f = finding(before, "ContainerOutOfMemory");
        assertTrue(f != null, before.toString());
        List<String> steps = runnableSteps(f);
        assertEquals(1, steps.size(), steps.toString());
        runAll(steps, region, dir);

        try (EcsClient ecs = aws.ecs()) {
            String current = ecs.describeServices(b -> b.cluster(cluster).services("fix-oom-service")).services().get(0).taskDefinition();
            TaskDefinition td = ecs.describeTaskDefinition(b -> b.taskDefinition(current)).taskDefinition();
            assertEquals(2, td.revision(), current);
            assertEquals("1024", td.memory());
            assertEquals(1024, td.containerDefinitions().get(0).memory(), "the container's hard limit grows with the task");
        }
        JsonNode after = diagnose(region, cluster);
        assertNothingNew(before, after);
        assertFalse(after.toString().contains("FargateCpuMemoryInvalid"), "the new size is a valid Fargate pair");
    }

    /**
     * PublicIpDisabledInPublicSubnet, judged on the service's network configuration: after update-service the
     * service assigns public IPs and the rule, which matches the service's configuration only, no longer fires.
     */
    @Test
    void publicIpDisabledInPublicSubnet(@TempDir Path dir) throws Exception {
        String region = "ca-central-1";
        String cluster = "fix-ip-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.43", "a");
        String sg = aws.securityGroup(net.vpcId(), "fix-ip-sg");
        aws.fargateService(cluster, "fix-ip").image(Emulated.ACCOUNT + ".dkr.ecr." + region + ".amazonaws.com/fix-ip:1")
                .create("fix-ip-service", Emulated.awsvpc(net.subnets().get(0), sg, AssignPublicIp.DISABLED));
        JsonNode before = diagnose(region, cluster);
        JsonNode f = finding(before, "PublicIpDisabledInPublicSubnet");
        assertTrue(f != null, before.toString());
        List<String> steps = runnableSteps(f);
        assertEquals(1, steps.size(), steps.toString());
        runAll(steps, region, dir);

        try (EcsClient ecs = aws.ecs()) {
            var conf = ecs.describeServices(b -> b.cluster(cluster).services("fix-ip-service")).services().get(0).networkConfiguration();
            assertEquals("ENABLED", conf.awsvpcConfiguration().assignPublicIpAsString());
            assertEquals(List.of(sg), conf.awsvpcConfiguration().securityGroups());
        }
        JsonNode after = diagnose(region, cluster);
        assertEquals(null, finding(after, "PublicIpDisabledInPublicSubnet"), after.toString());
        assertNothingNew(before, after);
    }

    /**
     * HealthCheckBlockedBySecurityGroup, judged on the security groups: after the printed ingress rule the task's
     * group admits the health check port from the load balancer's group, and the rule no longer fires.
     */
    @Test
    void healthCheckBlockedBySecurityGroup(@TempDir Path dir) throws Exception {
        String region = "eu-south-1";
        String cluster = "fix-sg-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.44", "a", "b");
        String lbSg = aws.securityGroup(net.vpcId(), "fix-sg-alb");
        aws.openToWorld(lbSg, 80);
        String taskSg = aws.securityGroup(net.vpcId(), "fix-sg-task");
        String tg = aws.albTargetGroup("fix-sg", net, lbSg, 8080, "ip", "/health");
        aws.fargateService(cluster, "fix-sg").port(8080).behind(tg).create("fix-sg-service", Emulated.awsvpc(net.subnets().get(0), taskSg));
        JsonNode before = diagnose(region, cluster);
        JsonNode f = finding(before, "HealthCheckBlockedBySecurityGroup");
        assertTrue(f != null, before.toString());
        List<String> steps = runnableSteps(f);
        assertEquals(List.of("aws ec2 authorize-security-group-ingress --group-id " + taskSg + " --protocol tcp --port 8080 --source-group "
                + lbSg + " --region " + region), steps);
        runAll(steps, region, dir);

        JsonNode after = diagnose(region, cluster);
        assertEquals(null, finding(after, "HealthCheckBlockedBySecurityGroup"), after.toString());
        assertNothingNew(before, after);
    }

    /**
     * HealthCheckPathMismatch, judged on the target group: after the printed modify-target-group it probes the path
     * the container's own health check uses, and the rule (which compares the two) no longer fires. The stopped task
     * that failed the ELB checks stays in the history.
     */
    @Test
    void healthCheckPathMismatch(@TempDir Path dir) throws Exception {
        String region = "eu-central-2";
        String cluster = "fix-path-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.45", "a", "b");
        String lbSg = aws.securityGroup(net.vpcId(), "fix-path-alb");
        aws.openToWorld(lbSg, 80);
        String taskSg = aws.securityGroup(net.vpcId(), "fix-path-task");
        aws.allowFromGroup(taskSg, 8080, lbSg);
        String tg = aws.albTargetGroup("fix-path", net, lbSg, 8080, "ip", "/");
        aws.fargateService(cluster, "fix-path").port(8080).healthCheck("curl -f http://localhost:8080/health || exit 1").behind(tg)
                .create("fix-path-service", Emulated.awsvpc(net.subnets().get(0), taskSg));
        aws.stoppedTasks(cluster, "fix-path-service", "fix-path:1", net.subnets().get(0), taskSg,
                List.of("Task failed ELB health checks in (target-group " + tg + ")"));

        JsonNode before = diagnose(region, cluster);
        JsonNode f = finding(before, "HealthCheckPathMismatch");
        assertTrue(f != null, before.toString());
        List<String> steps = runnableSteps(f);
        assertEquals(List.of("aws elbv2 modify-target-group --target-group-arn " + tg + " --health-check-path /health --region " + region), steps);
        runAll(steps, region, dir);

        JsonNode after = diagnose(region, cluster);
        assertEquals(null, finding(after, "HealthCheckPathMismatch"), after.toString());
        assertNothingNew(before, after);
    }

    /**
     * AppPortOpenToWorld behind a load balancer, judged on the task's security group: the printed plan admits the
     * load balancer's group on the port, then revokes 0.0.0.0/0; afterwards the rule is quiet, the group admits the
     * port from the load balancer's group only, and no HIGH/MEDIUM finding (HealthCheckBlockedBySecurityGroup above
     * all) says the load balancer path was cut.
     */
    @Test
    void appPortOpenToWorld(@TempDir Path dir) throws Exception {
        String region = "eu-north-1";
        String cluster = "fix-world-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.46", "a", "b");
        String lbSg = aws.securityGroup(net.vpcId(), "fix-world-alb");
        aws.openToWorld(lbSg, 80);
        String taskSg = aws.securityGroup(net.vpcId(), "fix-world-task");
        aws.openToWorld(taskSg, 8080);
        String tg = aws.albTargetGroup("fix-world", net, lbSg, 8080, "ip", "/");
        aws.fargateService(cluster, "fix-world").port(8080).behind(tg).create("fix-world-service", Emulated.awsvpc(net.subnets().get(0), taskSg));
        JsonNode before = diagnose(region, cluster);
        JsonNode f = finding(before, "AppPortOpenToWorld");
        assertTrue(f != null, before.toString());
        List<String> steps = runnableSteps(f);
        assertEquals(List.of("aws ec2 authorize-security-group-ingress --group-id " + taskSg + " --protocol tcp --port 8080 --source-group "
                        + lbSg + " --region " + region,
                "aws ec2 revoke-security-group-ingress --group-id " + taskSg + " --protocol tcp --port 8080 --cidr 0.0.0.0/0 --region " + region), steps);
        runAll(steps, region, dir);

        try (var ec2 = aws.ec2()) {
            var perms = ec2.describeSecurityGroups(b -> b.groupIds(taskSg)).securityGroups().get(0).ipPermissions();
            assertTrue(perms.stream().noneMatch(p -> p.ipRanges().stream().anyMatch(r -> "0.0.0.0/0".equals(r.cidrIp()))), perms.toString());
            assertTrue(perms.stream().anyMatch(p -> Integer.valueOf(8080).equals(p.fromPort())
                    && p.userIdGroupPairs().stream().anyMatch(g -> lbSg.equals(g.groupId()))), "the load balancer path stays open: " + perms);
        }
        JsonNode after = diagnose(region, cluster);
        assertEquals(null, finding(after, "AppPortOpenToWorld"), after.toString());
        assertEquals(null, finding(after, "HealthCheckBlockedBySecurityGroup"), after.toString());
        assertNothingNew(before, after);
    }

    /** AppPortOpenToWorld on a public task without a load balancer: the finding stays advice, no revoke is printed. */
    @Test
    void appPortOpenToWorldOnAPublicTaskPrintsNoRevoke() throws Exception {
        String region = "eu-north-1";
        String cluster = "fix-public-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.47", "a");
        String sg = aws.securityGroup(net.vpcId(), "fix-public-task");
        aws.openToWorld(sg, 8080);
        aws.fargateService(cluster, "fix-public").port(8080).create("fix-public-service", Emulated.awsvpc(net.subnets().get(0), sg));
        JsonNode report = diagnose(region, cluster);
        JsonNode f = finding(report, "AppPortOpenToWorld");
        assertTrue(f != null, report.toString());
        assertEquals(List.of(), runnableSteps(f), f.toString());
    }

    /**
     * HealthCheckOnRootPath, judged on the target group: the container already checks itself at /ready, the printed
     * modify-target-group makes the load balancer probe the same path, and the rule (a target group probing /) is quiet.
     */
    @Test
    void healthCheckOnRootPath(@TempDir Path dir) throws Exception {
        String region = "eu-west-2";
        String cluster = "fix-root-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.48", "a", "b");
        String lbSg = aws.securityGroup(net.vpcId(), "fix-root-alb");
        aws.openToWorld(lbSg, 80);
        String taskSg = aws.securityGroup(net.vpcId(), "fix-root-task");
        aws.allowFromGroup(taskSg, 8080, lbSg);
        String tg = aws.albTargetGroup("fix-root", net, lbSg, 8080, "ip", "/");
        aws.fargateService(cluster, "fix-root").port(8080).healthCheck("curl -f http://localhost:8080/ready || exit 1").behind(tg)
                .create("fix-root-service", Emulated.awsvpc(net.subnets().get(0), taskSg));
        JsonNode before = diagnose(region, cluster);
        JsonNode f = finding(before, "HealthCheckOnRootPath");
        assertTrue(f != null, before.toString());
        List<String> steps = runnableSteps(f);
        assertEquals(List.of("aws elbv2 modify-target-group --target-group-arn " + tg + " --health-check-path /ready --region " + region), steps);
        runAll(steps, region, dir);

        JsonNode after = diagnose(region, cluster);
        assertEquals(null, finding(after, "HealthCheckOnRootPath"), after.toString());
        assertNothingNew(before, after);
    }

    /**
     * SingleAzService, judged on the service's network configuration: its one subnet is in one zone; the printed
     * update-service adds the VPC's subnet in the other zone (keeping the groups and public IP setting), and the rule,
     * which reads the service's subnets, is quiet.
     */
    @Test
    void singleAzService(@TempDir Path dir) throws Exception {
        String region = "sa-east-1";
        String cluster = "fix-az-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.49", "a", "b");
        String sg = aws.securityGroup(net.vpcId(), "fix-az-sg");
        aws.fargateService(cluster, "fix-az").desiredCount(2).create("fix-az-service", Emulated.awsvpc(net.subnets().get(0), sg));
        JsonNode before = diagnose(region, cluster);
        JsonNode f = finding(before, "SingleAzService");
        assertTrue(f != null, before.toString());
        List<String> steps = runnableSteps(f);
        assertEquals(1, steps.size(), steps.toString());
        assertTrue(steps.get(0).contains(net.subnets().get(1)), steps.toString());
        runAll(steps, region, dir);

        try (EcsClient ecs = aws.ecs()) {
            var conf = ecs.describeServices(b -> b.cluster(cluster).services("fix-az-service")).services().get(0).networkConfiguration();
            assertEquals(net.subnets(), conf.awsvpcConfiguration().subnets());
            assertEquals(List.of(sg), conf.awsvpcConfiguration().securityGroups());
            assertEquals("ENABLED", conf.awsvpcConfiguration().assignPublicIpAsString());
        }
        JsonNode after = diagnose(region, cluster);
        assertEquals(null, finding(after, "SingleAzService"), after.toString());
        assertNothingNew(before, after);
    }
}
