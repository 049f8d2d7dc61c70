package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The fault proxy in front of a canned upstream, seen through real SDK clients without retries: each injected
 * error is parsed by the SDK as the service's own error (code, HTTP status, throttling or not), resets are
 * client errors, counts are by IAM action, and fault choices are reproducible from the seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultProxyTest {
    CannedAws upstream;

    @BeforeAll
    void start() {
        upstream = CannedAws.start();
    }

    @AfterAll
    void stop() {
        upstream.close();
    }

    private <B extends AwsClientBuilder<B, C>, C> C client(B b, FaultProxy proxy) {
        return b.region(Region.US_EAST_1).endpointOverride(URI.create(proxy.endpoint()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    private static AwsServiceException serviceError(Runnable call) {
        return assertThrows(AwsServiceException.class, call::run);
    }

    private FaultProxy proxyFailing(FaultPlan.Fault fault) {
        FaultPlan plan = FaultPlan.none();
        for (String s : List.of("ecs", "logs", "ec2", "sts", "elasticloadbalancing")) plan = plan.always(s + ":*", fault);
        return FaultProxy.start(upstream.endpoint(), plan);
    }

    record Expected(String code, int status) {}

    private void expectEach(FaultProxy proxy, Map<String, Expected> expected, Consumer<AwsServiceException> also) {
        try (EcsClient ecs = client(EcsClient.builder().httpClient(UrlConnectionHttpClient.create()), proxy);
             CloudWatchLogsClient logs = client(CloudWatchLogsClient.builder().httpClient(UrlConnectionHttpClient.create()), proxy);
             Ec2Client ec2 = client(Ec2Client.builder().httpClient(UrlConnectionHttpClient.create()), proxy);
             StsClient sts = client(StsClient.builder().httpClient(UrlConnectionHttpClient.create()), proxy);
             ElasticLoadBalancingV2Client elb = client(ElasticLoadBalancingV2Client.builder().httpClient(UrlConnectionHttpClient.create()), proxy)) {
            Map<String, Runnable> calls = Map.of("ecs", ecs::describeClusters, "logs", logs::describeLogGroups,
                    "ec2", ec2::describeVpcs, "sts", sts::getCallerIdentity, "elbv2", elb::describeLoadBalancers);
            expected.forEach((service, e) -> {
                AwsServiceException x = serviceError(calls.get(service));
                assertEquals(e.code(), x.awsErrorDetails().errorCode(), service + ": " + x);
                assertEquals(e.status(), x.statusCode(), service + ": " + x);
                also.accept(x);
            });
        }
    }

    @Test
    void throttlingIsEachProtocolsOwnThrottlingError() {
        try (FaultProxy proxy = proxyFailing(FaultPlan.Fault.THROTTLE)) {
            expectEach(proxy, Map.of("ecs", new Expected("ThrottlingException", 400), "logs", new Expected("ThrottlingException", 400),
                    "ec2", new Expected("RequestLimitExceeded", 503), "sts", new Expected("Throttling", 400),
                    "elbv2", new Expected("Throttling", 400)), x -> assertTrue(x.isThrottlingException(), x.toString()));
            assertEquals(Map.of(FaultPlan.Fault.THROTTLE, 5), proxy.injected());
        }
    }

    @Test
    void serverErrorsCarryTheirStatusAndAreNotThrottling() {
        try (FaultProxy proxy = proxyFailing(FaultPlan.Fault.ERROR_503)) {
            expectEach(proxy, Map.of("ecs", new Expected("ServiceUnavailableException", 503), "ec2", new Expected("Unavailable", 503),
                    "sts", new Expected("ServiceUnavailable", 503)), x -> assertTrue(!x.isThrottlingException(), x.toString()));
        }
        try (FaultProxy proxy = proxyFailing(FaultPlan.Fault.ERROR_500)) {
            expectEach(proxy, Map.of("logs", new Expected("InternalFailure", 500), "ec2", new Expected("InternalError", 500),
                    "elbv2", new Expected("InternalFailure", 500)), x -> assertTrue(!x.isThrottlingException(), x.toString()));
        }
    }

    @Test
    void accessDeniedNamesTheActionInEachProtocolsShape() {
        try (FaultProxy proxy = proxyFailing(FaultPlan.Fault.DENY)) {
            expectEach(proxy, Map.of("ecs", new Expected("AccessDeniedException", 400), "logs", new Expected("AccessDeniedException", 400),
                    "ec2", new Expected("UnauthorizedOperation", 403), "sts", new Expected("AccessDenied", 403),
                    "elbv2", new Expected("AccessDenied", 403)), x -> assertTrue(x.awsErrorDetails().errorMessage().contains(
                            "is not authorized to perform: "), x.toString()));
        }
    }

    @Test
    void aDeniedOperationLeavesTheOthersAlone() {
        try (FaultProxy proxy = FaultProxy.start(upstream.endpoint(), FaultPlan.none().deny("logs:DescribeLogGroups"));
             EcsClient ecs = client(EcsClient.builder().httpClient(UrlConnectionHttpClient.create()), proxy);
             CloudWatchLogsClient logs = client(CloudWatchLogsClient.builder().httpClient(UrlConnectionHttpClient.create()), proxy)) {
            AwsServiceException x = serviceError(logs::describeLogGroups);
            assertTrue(x.awsErrorDetails().errorMessage().contains("logs:DescribeLogGroups"), x.toString());
            assertEquals(0, ecs.describeClusters().clusters().size());
        }
    }

    @Test
    void aResetIsAClientErrorNotAServiceError() {
        try (FaultProxy proxy = proxyFailing(FaultPlan.Fault.RESET);
             EcsClient ecs = client(EcsClient.builder().httpClient(UrlConnectionHttpClient.create()), proxy)) {
            SdkClientException x = assertThrows(SdkClientException.class, ecs::describeClusters);
            assertTrue(proxy.injected().get(FaultPlan.Fault.RESET) >= 1, proxy.countsJson());
            assertTrue(x.getMessage() != null, x.toString());
        }
    }

    @Test
    void everyRequestIsCountedByItsIamActionAndTheCountsAreServedAsJson() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(upstream.endpoint(), FaultPlan.none());
             EcsClient ecs = client(EcsClient.builder().httpClient(UrlConnectionHttpClient.create()), proxy);
             Ec2Client ec2 = client(Ec2Client.builder().httpClient(UrlConnectionHttpClient.create()), proxy)) {
            for (int i = 0; i < 3; i++) ecs.describeClusters(b -> b.clusters("c"));
            ec2.describeVpcs();
            assertEquals(Map.of("ec2:DescribeVpcs", 1, "ecs:DescribeClusters", 3), proxy.calls());
            HttpClient http = HttpClient.newHttpClient();
            String json = http.send(HttpRequest.newBuilder(URI.create(proxy.endpoint() + "/fault-proxy/calls")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertEquals("{\"total\":4,\"calls\":{\"ec2:DescribeVpcs\":1,\"ecs:DescribeClusters\":3},\"injected\":{}}", json);
            http.send(HttpRequest.newBuilder(URI.create(proxy.endpoint() + "/fault-proxy/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(0, proxy.totalCalls());
        }
    }

    @Test
    void theCallLogHasEachRequestsWindowSoSequentialCallsDoNotOverlap() throws Exception {
        try (FaultProxy proxy = FaultProxy.start(upstream.endpoint(), FaultPlan.none().withLatency(Duration.ofMillis(20)));
             EcsClient ecs = client(EcsClient.builder().httpClient(UrlConnectionHttpClient.create()), proxy)) {
            ecs.describeClusters();
            ecs.describeClusters(b -> b.clusters("c"));
            String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(proxy.endpoint() + "/fault-proxy/log")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            com.fasterxml.jackson.databind.JsonNode log = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            assertEquals(2, log.size(), json);
            assertEquals("ecs:DescribeClusters", log.get(0).get(0).asText());
            assertEquals("ecs:DescribeClusters", log.get(1).get(0).asText());
            assertTrue(log.get(0).get(2).asLong() - log.get(0).get(1).asLong() >= 20_000, "the latency is inside the window: " + json);
            assertTrue(log.get(0).get(2).asLong() <= log.get(1).get(1).asLong(), "one after the other: " + json);
            proxy.reset();
            assertEquals("[]", proxy.logJson());
        }
    }

    @Test
    void latencyIsAddedToEveryCall() {
        try (FaultProxy proxy = FaultProxy.start(upstream.endpoint(), FaultPlan.none().withLatency(Duration.ofMillis(150)));
             EcsClient ecs = client(EcsClient.builder().httpClient(UrlConnectionHttpClient.create()), proxy)) {
            ecs.describeClusters(); // connection set-up out of the measurement
            long t0 = System.nanoTime();
            ecs.describeClusters();
            ecs.describeClusters();
            assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(300).toNanos(), "two calls took under 2 × 150 ms");
        }
    }

    @Test
    void theSameSeedInjectsTheSameFaultsAboutTheShareAsked() {
        FaultPlan a = FaultPlan.transientFaults(7, 0.3);
        AwsWireErrors.Call call = new AwsWireErrors.Call("ecs", "DescribeTasks", AwsWireErrors.Protocol.JSON);
        List<Optional<FaultPlan.Fault>> first = new ArrayList<>();
        List<Optional<FaultPlan.Fault>> again = new ArrayList<>();
        List<Optional<FaultPlan.Fault>> otherSeed = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            byte[] body = ("{\"tasks\":[\"t" + i + "\"]}").getBytes(StandardCharsets.UTF_8);
            first.add(a.decide(call, body, 0));
            again.add(FaultPlan.transientFaults(7, 0.3).decide(call, body, 0));
            otherSeed.add(FaultPlan.transientFaults(8, 0.3).decide(call, body, 0));
        }
        assertEquals(first, again);
        assertNotEquals(first, otherSeed);
        long faulted = first.stream().filter(Optional::isPresent).count();
        assertTrue(faulted > 540 && faulted < 660, "30 % of 2000 calls, got " + faulted);
        for (FaultPlan.Fault f : FaultPlan.TRANSIENT) {
            long n = first.stream().filter(o -> o.equals(Optional.of(f))).count();
            assertTrue(n > 100, f + " is part of the mix: " + n);
        }
        int last = io.ecstriage.aws.wire.WireClient.MAX_ATTEMPTS - 1;
        long retriesFaulted = java.util.stream.IntStream.range(0, 2000)
                .filter(i -> a.decide(call, ("{\"r\":" + i + "}").getBytes(StandardCharsets.UTF_8), 1 + i % (last - 1)).isPresent()).count();
        assertTrue(retriesFaulted > 540 && retriesFaulted < 660, "each resending of a request is drawn anew: " + retriesFaulted);
        long lastFaulted = java.util.stream.IntStream.range(0, 2000)
                .filter(i -> a.decide(call, ("{\"r\":" + i + "}").getBytes(StandardCharsets.UTF_8), last).isPresent()).count();
        assertEquals(0, lastFaulted, "a transient fault ends before the client's retries do");
    }

    @Test
    void optionsParseAsTheBenchmarkPassesThem() {
        FaultPlan p = FaultPlan.parse(List.of("--seed", "3", "--share", "0.25", "--faults", "throttle,reset", "--latency-ms", "60",
                "--deny", "ecs:DescribeServices", "--fail", "logs:*=503"));
        assertEquals(new FaultPlan(3, 0.25, List.of(FaultPlan.Fault.THROTTLE, FaultPlan.Fault.RESET), Duration.ofMillis(60),
                Map.of("ecs:DescribeServices", FaultPlan.Fault.DENY, "logs:*", FaultPlan.Fault.ERROR_503)), p);
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse(List.of("--share", "1.5")));
        assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse(List.of("--faults", "teapot")));
    }
}
