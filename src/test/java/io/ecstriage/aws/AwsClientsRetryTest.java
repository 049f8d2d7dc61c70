package io.ecstriage.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.live.CannedAws;
import io.ecstriage.live.FaultPlan;
import io.ecstriage.live.FaultProxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.retries.StandardRetryStrategy;

/** The SDK clients' retries, through the fault proxy in front of a canned upstream (no moto needed). */
class AwsClientsRetryTest {
    static final Map<String, String> ENV = Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing");

    @Test
    void standardRetriesWithBoundedAttempts() {
        assertInstanceOf(StandardRetryStrategy.class, AwsClients.retryStrategy());
        assertEquals(AwsClients.MAX_ATTEMPTS, AwsClients.retryStrategy().maxAttempts());
    }

    @Test
    void aCallThatAlwaysFailsIsSentMaxAttemptsTimesThenGivesUp() {
        try (CannedAws upstream = CannedAws.start();
             FaultProxy proxy = FaultProxy.start(upstream.endpoint(), FaultPlan.none().always("ecs:*", FaultPlan.Fault.ERROR_500));
             AwsClients aws = AwsClients.create(new AwsOptions("eu-west-1", null, proxy.endpoint(), ENV))) {
            AwsServiceException x = assertThrows(AwsServiceException.class, () -> aws.client("ecs", null, software.amazon.awssdk.services.ecs.EcsClient::builder).describeClusters());
            assertEquals(500, x.statusCode());
            assertEquals(Map.of("ecs:DescribeClusters", AwsClients.MAX_ATTEMPTS), proxy.calls());
        }
    }

    @Test
    void aThirdOfCallsFailingTransientlyStillAllSucceed() {
        try (CannedAws upstream = CannedAws.start();
             FaultProxy proxy = FaultProxy.start(upstream.endpoint(), FaultPlan.transientFaults(13, 0.3));
             AwsClients aws = AwsClients.create(new AwsOptions("eu-west-1", null, proxy.endpoint(), ENV))) {
            for (int i = 0; i < 15; i++) {
                String name = "cluster-" + i;
                assertEquals(0, aws.client("ecs", null, software.amazon.awssdk.services.ecs.EcsClient::builder).describeClusters(b -> b.clusters(name)).clusters().size());
                aws.client("ec2", null, software.amazon.awssdk.services.ec2.Ec2Client::builder).describeVpcs(b -> b.vpcIds("vpc-" + name));
            }
            assertTrue(proxy.totalInjected() > 0, proxy.countsJson());
            assertEquals(30 + proxy.totalInjected(), proxy.totalCalls(), "every fault was retried once more: " + proxy.countsJson());
        }
    }
}
