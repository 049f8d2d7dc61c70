package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.PortMapping;

/**
 * The EC2 launch type in moto: a container instance registered from an EC2 instance (moto 5.1.22 accepts the instance
 * identity document), a bridge-mode service with dynamic host ports behind an ALB, and an instance security group that
 * admits the container port from the ALB but not the dynamic range. The live collection reads the container instances
 * and their EC2 instance, the health-check path is judged on the instance's group, and the printed fix opens the range.
 * moto gives tasks no networkBindings, so the host ports come from the task definition (hostPort 0: 32768-65535).
 */
class LiveEc2LaunchTypeIT {
    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;

    @Test
    void bridgeServiceWhoseInstanceGroupBlocksTheDynamicRange(@TempDir Path dir) throws Exception {
        String region = "eu-north-1";
        String cluster = "ec2-bridge-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.47", "a", "b");
        String lbSg = aws.securityGroup(net.vpcId(), "ec2-bridge-alb");
        aws.openToWorld(lbSg, 80);
        String hostSg = aws.securityGroup(net.vpcId(), "ec2-bridge-hosts");
        aws.allowFromGroup(hostSg, 8080, lbSg);
        String tg = aws.albTargetGroup("ec2-bridge", net, lbSg, 80, "instance", "/health");
        Emulated.ContainerHost host = aws.containerInstance(cluster, net.subnets().get(0), hostSg);
        try (EcsClient ecs = aws.ecs()) {
            ecs.registerTaskDefinition(b -> b.family("ec2-bridge").networkMode(NetworkMode.BRIDGE).requiresCompatibilities(Compatibility.EC2)
                    .containerDefinitions(ContainerDefinition.builder().name("web").essential(true).memory(256).image("public.ecr.aws/nginx/nginx:1.27")
                            .portMappings(PortMapping.builder().containerPort(8080).hostPort(0).build()).build()));
            ecs.createService(b -> b.cluster(cluster).serviceName("ec2-bridge-service").taskDefinition("ec2-bridge:1").desiredCount(1)
                    .launchType(LaunchType.EC2).loadBalancers(l -> l.targetGroupArn(tg).containerName("web").containerPort(8080)));
            // moto's service scheduler starts nothing: the service's task, placed on the instance as ECS would
            ecs.runTask(b -> b.cluster(cluster).taskDefinition("ec2-bridge:1").launchType(LaunchType.EC2).group("service:ec2-bridge-service").count(1));
        }

        LiveCli.Result run = LiveCli.run(moto, region, "diagnose", "--cluster", cluster, "--format", "json");
        JsonNode before = run.json();
        JsonNode f = LiveFixesIT.finding(before, "HealthCheckBlockedBySecurityGroup");
        assertTrue(f != null, before.toString());
        assertTrue(f.path("evidence").toString().contains("32768-65535") && f.path("evidence").toString().contains(host.instanceId()), f.toString());
        List<String> steps = LiveFixesIT.runnableSteps(f);
        assertEquals(List.of("aws ec2 authorize-security-group-ingress --group-id " + hostSg + " --protocol tcp --port 32768-65535 --source-group "
                + lbSg + " --region " + region), steps);
        for (String c : steps) {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", c).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(Emulated.ENV);
            pb.environment().put("AWS_ENDPOINT_URL", moto.endpoint());
            pb.environment().put("AWS_PAGER", "");
            pb.environment().put("PATH", moto.bin() + ":" + pb.environment().get("PATH"));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), () -> "the printed step failed: " + c + "\n" + out);
        }

        JsonNode after = LiveCli.run(moto, region, "diagnose", "--cluster", cluster, "--format", "json").json();
        assertEquals(null, LiveFixesIT.finding(after, "HealthCheckBlockedBySecurityGroup"), after.toString());
    }

    /** ContainerInstanceDraining: moto keeps DRAINING, and its scheduler starting nothing leaves the service at 0 of 1. */
    @Test
    void serviceWhoseOnlyInstanceIsDraining() {
        String region = "eu-north-1";
        String cluster = "ec2-draining-cluster";
        Emulated aws = new Emulated(moto, region);
        Emulated.Network net = aws.network("10.48", "a");
        Emulated.ContainerHost host = aws.containerInstance(cluster, net.subnets().get(0));
        String instanceArn = host.containerInstanceArn();
        try (EcsClient ecs = aws.ecs()) {
            ecs.updateContainerInstancesState(b -> b.cluster(cluster).containerInstances(instanceArn).status("DRAINING"));
            ecs.registerTaskDefinition(b -> b.family("ec2-draining").networkMode(NetworkMode.BRIDGE).requiresCompatibilities(Compatibility.EC2)
                    .containerDefinitions(ContainerDefinition.builder().name("web").essential(true).memory(256).image("public.ecr.aws/nginx/nginx:1.27").build()));
            ecs.createService(b -> b.cluster(cluster).serviceName("ec2-draining-service").taskDefinition("ec2-draining:1").desiredCount(1)
                    .launchType(LaunchType.EC2));
        }
        JsonNode report = LiveCli.run(moto, region, "diagnose", "--cluster", cluster, "--format", "json").json();
        JsonNode f = LiveFixesIT.finding(report, "ContainerInstanceDraining");
        assertTrue(f != null && f.toString().contains(instanceArn) && f.toString().contains(host.instanceId()), report.toString());
    }
}
