package io.ecstriage.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;

/** The guard refuses every non-read before a byte leaves the process; reads go through. */
class ReadOnlyGuardTest {
    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private AwsClients aws;

    @BeforeEach
    void fakeAws() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
            received.add(target == null ? ex.getRequestURI().toString() : target);
            byte[] body = target != null && target.endsWith("ListTasks") ? "{\"taskArns\":[]}".getBytes(StandardCharsets.UTF_8)
                    : "{}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        aws = new AwsClients("eu-west-1", URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")), UrlConnectionHttpClient.create(),
                Duration.ofSeconds(10), List.of());
    }

    @AfterEach
    void stop() {
        aws.close();
        server.stop(0);
    }

    @Test
    void aMutatingCallIsRefusedBeforeItIsSent() {
        var ecs = aws.client("ecs", "eu-west-1", software.amazon.awssdk.services.ecs.EcsClient::builder);
        var e = assertThrows(ReadOnlyGuard.MutatingCallRefusedException.class,
                () -> ecs.updateService(b -> b.cluster("c").service("s").desiredCount(0)));
        assertTrue(e.getMessage().contains("UpdateService"), e.getMessage());
        assertThrows(ReadOnlyGuard.MutatingCallRefusedException.class, () -> ecs.deleteCluster(b -> b.cluster("c")));
        assertThrows(ReadOnlyGuard.MutatingCallRefusedException.class, () -> aws.client("logs", "eu-west-1", software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient::builder).createLogGroup(b -> b.logGroupName("g")));
        assertThrows(ReadOnlyGuard.MutatingCallRefusedException.class, () -> aws.client("ecr", "eu-west-1", software.amazon.awssdk.services.ecr.EcrClient::builder).getAuthorizationToken());
        assertEquals(List.of(), received, "nothing may reach the endpoint");
        assertEquals(0, aws.counter().total());
    }

    @Test
    void aReadGoesThroughAndIsCounted() {
        aws.client("ecs", "eu-west-1", software.amazon.awssdk.services.ecs.EcsClient::builder).listTasks(b -> b.cluster("c").desiredStatus(DesiredStatus.STOPPED));
        assertEquals(List.of("AmazonEC2ContainerServiceV20141113.ListTasks"), received);
        assertEquals(Map.of("Ecs:ListTasks", 1), aws.counter().byOperation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DescribeTasks", "ListServices", "GetLogEvents", "FilterLogEvents", "GetCallerIdentity", "BatchGetBuilds"})
    void reads(String op) {
        assertTrue(ReadOnlyGuard.isRead(op));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UpdateService", "StopTask", "CreateLogGroup", "PutImage", "DeleteStack", "RunTask", "TagResource",
            "GetAuthorizationToken", "GetSecretValue", "Getaway", "", "ModifyVpcAttribute", "AuthorizeSecurityGroupIngress"})
    void notReads(String op) {
        assertFalse(ReadOnlyGuard.isRead(op));
    }
}
