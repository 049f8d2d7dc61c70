package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images are read beside their repositories, not after them (collect/EcrCollector.imageAhead): an image whose repository
 * exists is recorded as reading it afterwards would have recorded it; one whose repository does not exist costs its
 * call and is left out of the snapshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveImageReadAheadIT {
    static final String REGION = "ca-central-1";
    static final String CLUSTER = "images-ahead";
    static final String REGISTRY = Emulated.ACCOUNT + ".dkr.ecr." + REGION + ".amazonaws.com/";

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;

    @BeforeAll
    void incident() {
        Emulated aws = new Emulated(moto, REGION);
        Emulated.Network net = aws.network("10.62", "a", "b");
        String sg = aws.securityGroup(net.vpcId(), "images-ahead-sg");
        aws.pushImage(REGION, "present-repo", "v1");
        aws.fargateService(CLUSTER, "present-task").containerCpu(256).image(REGISTRY + "present-repo:v2").port(8080)
                .create("present", Emulated.awsvpc(net.subnets().get(0), sg));
        aws.fargateService(CLUSTER, "absent-task").containerCpu(256).image(REGISTRY + "absent-repo:v1").port(8080)
                .create("absent", Emulated.awsvpc(net.subnets().get(0), sg));
    }

    @Test
    void anImageIsKeptWhereItsRepositoryExistsAndLeftOutWhereItDoesNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("snap.json");
        int describeImages;
        try (FaultProxy proxy = FaultProxy.start(moto.endpoint(), FaultPlan.none())) {
            LiveCli.Result snap = LiveCli.run(proxy.endpoint(), REGION, "snapshot", "--cluster", CLUSTER, "--out", file.toString());
            assertEquals(0, snap.exit(), snap.toString());
            describeImages = proxy.calls().getOrDefault("ecr:DescribeImages", 0);
        }
        String captures = LiveCli.MAPPER.readTree(file.toFile()).path("captures").toString();
        assertEquals(2, describeImages, "one read ahead per image, the absent repository's included");
        assertTrue(captures.contains("aws ecr describe-images --repository-name present-repo --image-ids imageTag=v2"), captures);
        assertTrue(captures.contains("ImageNotFoundException"), captures);
        assertFalse(captures.contains("describe-images --repository-name absent-repo"), captures);
        JsonNode live = LiveCli.run(moto, REGION, "diagnose", "--cluster", CLUSTER, "--format", "json").json();
        JsonNode offline = LiveCli.run(java.util.Map.of(), "diagnose", "--fixture", file.toString(), "--format", "json").json();
        assertEquals(LiveCli.withoutInput(live).path("findings"), LiveCli.withoutInput(offline).path("findings"));
    }
}
