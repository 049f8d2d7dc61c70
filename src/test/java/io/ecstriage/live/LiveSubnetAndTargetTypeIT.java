package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Three first-deploy failures of awsvpc networking, built in moto: a service in a /28 subnet whose addresses are all taken
 * (moto counts a subnet's free addresses as interfaces are made), a Fargate service behind a target group of type
 * instance (moto's CreateService does not refuse it as ECS would, so the state the error describes can be held), and a
 * service whose only subnet is in a zone its load balancer has no subnet in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSubnetAndTargetTypeIT {
    static final String REGION = "eu-west-1";
    static final String FULL = "full-cluster";
    static final String TYPED = "typed-cluster";
    static final String ZONED = "zoned-cluster";

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;
    String smallSubnet;
    String targetGroup;
    String zoneCSubnet;

    @BeforeAll
    void incidents() {
        Emulated aws = new Emulated(moto, REGION);
        Emulated.Network net = aws.network("10.41", "a", "b");
        String sg = aws.securityGroup(net.vpcId(), "api-sg");
        try (Ec2Client ec2 = aws.ec2()) {
            smallSubnet = ec2.createSubnet(b -> b.vpcId(net.vpcId()).cidrBlock("10.41.9.0/28").availabilityZone(REGION + "a")).subnet().subnetId();
        }
        aws.fargateService(FULL, "api").port(8080).create("api", Emulated.awsvpc(smallSubnet, sg));
        aws.stoppedTasks(FULL, "api", "api:1", smallSubnet, sg, List.of("Timeout waiting for network interface provisioning to complete."));
        try (Ec2Client ec2 = aws.ec2()) {
            // whatever the task's interface took, take the rest: moto gives a /28 eleven usable addresses
            while (ec2.describeSubnets(b -> b.subnetIds(smallSubnet)).subnets().get(0).availableIpAddressCount() > 0) {
                ec2.createNetworkInterface(b -> b.subnetId(smallSubnet));
            }
        }

        String lbSg = aws.securityGroup(net.vpcId(), "web-lb-sg");
        targetGroup = aws.albTargetGroup("typed", net, lbSg, 8080, "instance", "/health");
        aws.fargateService(TYPED, "web").port(8080).behind(targetGroup).create("web", Emulated.awsvpc(net.subnets().get(0), sg));

        // the load balancer in zones a and b, the service's only subnet in zone c
        String zonedTg = aws.albTargetGroup("zoned", net, lbSg, 8080, "ip", "/health");
        try (Ec2Client ec2 = aws.ec2()) {
            zoneCSubnet = ec2.createSubnet(b -> b.vpcId(net.vpcId()).cidrBlock("10.41.3.0/24").availabilityZone(REGION + "c")).subnet().subnetId();
        }
        aws.fargateService(ZONED, "shop").port(8080).behind(zonedTg).create("shop", Emulated.awsvpc(zoneCSubnet, sg));
    }

    @Test
    void aServiceWhoseSubnetHasNoAddressLeftIsTold() {
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--cluster", FULL, "--service", "api", "--format", "json");

        assertEquals(1, r.exit(), r.toString());
        assertEquals("SubnetOutOfIpAddresses", r.ruleIds().get(0), r.toString());
        String top = r.json().path("findings").get(0).toString();
        assertTrue(top.contains(smallSubnet + "]") && top.contains("AvailableIpAddressCount 0"), top);
        assertTrue(top.contains("Timeout waiting for network interface provisioning"), "the stopped task is explained: " + top);
    }

    @Test
    void aFargateServiceBehindAnInstanceTargetGroupIsTold() {
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--cluster", TYPED, "--service", "web", "--format", "json");

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.problemRuleIds().contains("TargetGroupTypeMismatch"), r.toString());
        String finding = r.json().path("findings").toString();
        assertTrue(finding.contains(targetGroup), finding);
    }

    @Test
    void aServiceOutsideItsLoadBalancersZonesIsTold() {
        LiveCli.Result r = LiveCli.run(moto, REGION, "diagnose", "--cluster", ZONED, "--service", "shop", "--format", "json");

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.problemRuleIds().contains("TaskZoneNotInLoadBalancer"), r.toString());
        String finding = r.json().path("findings").toString();
        assertTrue(finding.contains("runs tasks in [" + REGION + "c]: none of them among the load balancer's zones"), finding);
    }

    /** Two balancers in the Region: the one the service's target group names is taken from one read of them all. */
    @Test
    void theBalancerIsTakenFromOneReadOfTheRegionsAndRecordedAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("snap.json");
        int reads;
        try (FaultProxy proxy = FaultProxy.start(moto.endpoint(), FaultPlan.none())) {
            LiveCli.Result snap = LiveCli.run(proxy.endpoint(), REGION, "snapshot", "--cluster", ZONED, "--service", "shop", "--out", file.toString());
            assertEquals(0, snap.exit(), snap.toString());
            reads = proxy.calls().getOrDefault("elasticloadbalancing:DescribeLoadBalancers", 0);
        }
        assertEquals(1, reads, "one read of the Region's balancers, none by ARN after it");
        JsonNode captures = LiveCli.MAPPER.readTree(file.toFile()).path("captures");
        List<String> balancers = new java.util.ArrayList<>();
        captures.forEach(c -> {
            if (c.path("command").asText().startsWith("aws elbv2 describe-load-balancers --load-balancer-arns ")) {
                c.path("output").path("LoadBalancers").forEach(lb -> balancers.add(lb.path("LoadBalancerName").asText()));
            }
        });
        assertEquals(List.of("zoned-alb"), balancers, "recorded as the read of the balancer the group names, the other left out");
        assertFalse(captures.toString().contains("typed-alb"), "nothing of the Region's other balancer is recorded");
    }
}
