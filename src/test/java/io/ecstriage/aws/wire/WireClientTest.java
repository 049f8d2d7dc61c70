package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wire client against a local server that answers from a script: protocols, signing headers, retries, errors, pages. */
class WireClientTest {
    private HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();

    record Answer(int status, String body, long delayMs) {}

    record Request(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            requests.add(new Request(Map.copyOf(ex.getRequestHeaders()), new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Answer a = script.isEmpty() ? new Answer(500, "{}", 0) : script.poll();
            try {
                Thread.sleep(a.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] b = a.body().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(a.status(), b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WireClient client(Duration callTimeout) {
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new WireClient(new Endpoints(endpoint), () -> new SigV4.Credentials("AKID", "SECRET", null),
                op -> op.startsWith("Describe") || op.startsWith("List") || op.startsWith("Get"), (s, o) -> sent.add(s + ":" + o),
                callTimeout, Duration.ofSeconds(3), Duration.ofSeconds(20), Clock.systemUTC(), sleeps::add, new Random(7));
    }

    private WireClient client() {
        return client(Duration.ofSeconds(45));
    }

    @Test
    void json11_postsTheTargetAndSignedBody_andAnswersTheCliJson() {
        script.add(new Answer(200, "{\"clusters\":[{\"clusterName\":\"c\",\"status\":\"ACTIVE\",\"registeredContainerInstancesCount\":0}],\"failures\":[]}", 0));
        ObjectNode out = client().call("ecs", "eu-west-1", "describe-clusters", Map.of("clusters", List.of("c")));
        assertEquals("c", out.path("clusters").path(0).path("clusterName").asText());
        Request r = requests.get(0);
        assertEquals("AmazonEC2ContainerServiceV20141113.DescribeClusters", r.header("X-Amz-Target"));
        assertEquals("application/x-amz-json-1.1", r.header("Content-Type"));
        assertTrue(r.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKID/"), r.header("Authorization"));
        assertTrue(r.header("Authorization").contains("/eu-west-1/ecs/aws4_request"), r.header("Authorization"));
        assertEquals("{\"clusters\":[\"c\"]}", r.body());
        assertEquals(List.of("ecs:DescribeClusters"), sent);
    }

    @Test
    void ec2_postsTheQueryForm_signedForElasticLoadBalancingWhenElbv2() {
        script.add(new Answer(200, "<DescribeVpcsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><vpcSet><item><vpcId>vpc-1</vpcId>"
                + "<isDefault>false</isDefault></item></vpcSet></DescribeVpcsResponse>", 0));
        script.add(new Answer(200, "<DescribeTargetHealthResponse><DescribeTargetHealthResult><TargetHealthDescriptions/></DescribeTargetHealthResult>"
                + "</DescribeTargetHealthResponse>", 0));
        ObjectNode vpcs = client().call("ec2", "eu-west-1", "DescribeVpcs", Map.of("VpcIds", List.of("vpc-1")));
        assertEquals("vpc-1", vpcs.path("Vpcs").path(0).path("VpcId").asText());
        assertFalse(vpcs.path("Vpcs").path(0).path("IsDefault").asBoolean(true));
        assertEquals("Action=DescribeVpcs&Version=2016-11-15&VpcId.1=vpc-1", requests.get(0).body());
        assertTrue(requests.get(0).header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        client().call("elbv2", "eu-west-1", "DescribeTargetHealth", Map.of("TargetGroupArn", "arn:tg"));
        assertTrue(requests.get(1).header("Authorization").contains("/eu-west-1/elasticloadbalancing/aws4_request"));
    }

    @Test
    void serverErrors_areRetriedWithFullJitter_untilAnAnswer() {
        script.add(new Answer(503, "{\"__type\":\"ServiceUnavailableException\",\"message\":\"busy\"}", 0));
        script.add(new Answer(500, "{\"__type\":\"ServerException\",\"message\":\"oops\"}", 0));
        script.add(new Answer(200, "{\"taskArns\":[]}", 0));
        ObjectNode out = client().call("ecs", "eu-west-1", "ListTasks", Map.of("cluster", "c"));
        assertTrue(out.path("taskArns").isArray());
        assertEquals(3, requests.size());
        assertEquals(2, sleeps.size());
        assertTrue(sleeps.get(0).toMillis() <= 100 && sleeps.get(1).toMillis() <= 200, sleeps.toString());
        assertEquals(3, sent.size(), "every attempt is counted");
    }

    @Test
    void throttling_isRetriedFiveTimesFromAOneSecondBase_thenReported() {
        for (int i = 0; i < 6; i++) script.add(new Answer(400, "{\"__type\":\"com.amazonaws#ThrottlingException\",\"message\":\"Rate exceeded\"}", 0));
        WireException e = assertThrows(WireException.class, () -> client().call("ecs", "eu-west-1", "ListTasks", Map.of("cluster", "c")));
        assertTrue(e.isThrottling());
        assertEquals("ThrottlingException", e.code());
        assertEquals("Rate exceeded", e.awsMessage());
        assertEquals(WireClient.MAX_ATTEMPTS, requests.size());
        assertTrue(sleeps.stream().anyMatch(d -> d.toMillis() > 200), "throttling backs off from 1 s, not 100 ms: " + sleeps);
        assertTrue(sleeps.stream().allMatch(d -> d.toMillis() <= 20_000), sleeps.toString());
    }

    @Test
    void aCallSentOnce_isNotRetriedWhenThrottled() {
        script.add(new Answer(400, "{\"__type\":\"com.amazonaws#ThrottlingException\",\"message\":\"Rate exceeded\"}", 0));
        script.add(new Answer(200, "{\"taskArns\":[]}", 0));
        WireException e = assertThrows(WireException.class, () -> client().callOnce("ecs", "eu-west-1", "ListTasks", Map.of("cluster", "c")));
        assertTrue(e.isThrottling());
        assertEquals(1, requests.size());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void clientErrors_areNotRetried() {
        script.add(new Answer(403, "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not allowed</Message></Error>"
                + "</ErrorResponse>", 0));
        WireException e = assertThrows(WireException.class, () -> client().call("iam", "us-east-1", "ListRolePolicies", Map.of("RoleName", "r")));
        assertEquals("AccessDenied", e.code());
        assertEquals(403, e.status());
        assertFalse(e.isThrottling());
        assertEquals(1, requests.size());
    }

    @Test
    void anErrorWithoutACode_isRetriedByItsStatus() {
        script.add(new Answer(502, "<html>bad gateway</html>", 0));
        script.add(new Answer(400, "", 0));
        WireException e = assertThrows(WireException.class, () -> client().call("ec2", "eu-west-1", "DescribeVpcs", Map.of()));
        assertEquals(400, e.status());
        assertFalse(e.isThrottling());
        assertEquals(2, requests.size(), "the 502 was retried, the 400 was not");
    }

    @Test
    void aMutatingOperation_isRefusedBeforeAnythingIsSent() {
        assertThrows(WireClient.RefusedException.class, () -> client().call("ecs", "eu-west-1", "update-service", Map.of()));
        assertTrue(requests.isEmpty());
        assertTrue(sent.isEmpty());
    }

    @Test
    void paginate_addsThePagesUp_andSendsTheToken() {
        script.add(new Answer(200, "{\"serviceArns\":[\"a\",\"b\"],\"nextToken\":\"t1\"}", 0));
        script.add(new Answer(200, "{\"serviceArns\":[\"c\"]}", 0));
        ObjectNode out = client().paginate("ecs", "eu-west-1", "ListServices", Map.of("cluster", "c"), 0);
        assertEquals("{\"serviceArns\":[\"a\",\"b\",\"c\"]}", out.toString());
        assertEquals("{\"cluster\":\"c\",\"nextToken\":\"t1\"}", requests.get(1).body());
    }

    @Test
    void paginate_anEmptyResultIsAnEmptyList() {
        script.add(new Answer(200, "{}", 0));
        assertEquals("{\"serviceArns\":[]}", client().paginate("ecs", "eu-west-1", "ListServices", Map.of("cluster", "c"), 0).toString());
    }

    @Test
    void paginate_stopsAtMaxItems() {
        script.add(new Answer(200, "<DescribeStackEventsResponse><DescribeStackEventsResult><StackEvents><member><EventId>1</EventId></member>"
                + "<member><EventId>2</EventId></member><member><EventId>3</EventId></member></StackEvents><NextToken>n</NextToken>"
                + "</DescribeStackEventsResult></DescribeStackEventsResponse>", 0));
        ObjectNode out = client().paginate("cloudformation", "eu-west-1", "DescribeStackEvents", Map.of("StackName", "s"), 2);
        assertEquals(2, out.path("StackEvents").size());
        assertEquals(1, requests.size());
    }

    @Test
    void aSlowAnswer_endsAsTimeoutAtTheCallTimeout() {
        script.add(new Answer(200, "{}", 1500));
        WireException e = assertThrows(WireException.class,
                () -> client(Duration.ofMillis(300)).call("ecs", "eu-west-1", "ListClusters", Map.of()));
        assertEquals(WireException.Kind.TIMEOUT, e.kind());
        assertEquals("Timeout", e.code());
    }

    @Test
    void aRefusedConnection_isRetried_thenAClientError() throws IOException {
        int port = server.getAddress().getPort();
        server.stop(0);
        WireClient c = new WireClient(new Endpoints(URI.create("http://127.0.0.1:" + port)), () -> new SigV4.Credentials("A", "S", null),
                op -> true, (s, o) -> sent.add(o), Duration.ofSeconds(45), Duration.ofSeconds(1), Duration.ofSeconds(1), Clock.systemUTC(),
                sleeps::add, new Random(1));
        WireException e = assertThrows(WireException.class, () -> c.call("ecs", "eu-west-1", "ListClusters", Map.of()));
        assertEquals(WireException.Kind.CONNECTION, e.kind());
        assertEquals(WireClient.MAX_ATTEMPTS, sent.size());
        server = HttpServer.create(); // stop() in @AfterEach on an unbound server is harmless
    }
}
