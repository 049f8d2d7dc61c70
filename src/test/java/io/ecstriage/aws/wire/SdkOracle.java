package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.ecstriage.aws.CliJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.amplify.AmplifyClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * What the product prints today for a response body: the SDK's client unmarshals it (served by a local server
 * that answers every request with that body) and aws/CliJson renders it. The reference the wire decoders must equal.
 */
final class SdkOracle implements AutoCloseable {
    private static final Map<String, Supplier<AwsClientBuilder<?, ?>>> BUILDERS = Map.of(
            "ecs", EcsClient::builder, "ec2", Ec2Client::builder, "elbv2", ElasticLoadBalancingV2Client::builder,
            "cloudformation", CloudFormationClient::builder, "logs", CloudWatchLogsClient::builder, "ecr", EcrClient::builder,
            "iam", IamClient::builder, "sts", StsClient::builder, "amplify", AmplifyClient::builder);
    private static final Map<String, Class<?>> CLIENTS = Map.of("ecs", EcsClient.class, "ec2", Ec2Client.class,
            "elbv2", ElasticLoadBalancingV2Client.class, "cloudformation", CloudFormationClient.class, "logs", CloudWatchLogsClient.class,
            "ecr", EcrClient.class, "iam", IamClient.class, "sts", StsClient.class, "amplify", AmplifyClient.class);

    /** The SDK's answer: the rendered response, or the error's code and message. */
    record Answer(ObjectNode output, String errorCode, String errorMessage) {}

    private final HttpServer server;
    private final Map<String, Object> clients = new HashMap<>();
    private volatile int status;
    private volatile String contentType;
    private volatile byte[] body;
    private volatile String lastRequest;

    SdkOracle() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            lastRequest = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    Answer answer(String service, String operation, int status, String contentType, byte[] body) throws Exception {
        Class<?> requestType = Class.forName(CLIENTS.get(service).getPackageName() + ".model." + operation + "Request");
        Object builder = requestType.getMethod("builder").invoke(null);
        Class<?> builderType = requestType.getMethod("builder").getReturnType();
        if (service.equals("amplify")) { // REST paths need their URI members
            for (String member : new String[] {"appId", "branchName"}) {
                try {
                    builderType.getMethod(member, String.class).invoke(builder, "x1");
                } catch (NoSuchMethodException e) {
                    // this operation's path has no such member
                }
            }
        }
        return call(service, operation, builderType.getMethod("build").invoke(builder), status, contentType, body);
    }

    /** `body` as served to a plain java.net client: the transport half of a wire call, for WireDecodeBench. */
    byte[] served(int status, String contentType, byte[] body) throws IOException {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/").toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        c.getOutputStream().write("Action=Bench".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream()) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    /** The form body the SDK sends for `request` (answered with an empty result). */
    String requestBody(String service, String operation, Object request) throws Exception {
        call(service, operation, request, 200, "text/xml", ("<" + operation + "Response/>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return lastRequest;
    }

    private Answer call(String service, String operation, Object request, int status, String contentType, byte[] body) throws Exception {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        Class<?> clientType = CLIENTS.get(service);
        Object client = clients.computeIfAbsent(service, this::client);
        Class<?> requestType = Class.forName(clientType.getPackageName() + ".model." + operation + "Request");
        Method call = clientType.getMethod(Character.toLowerCase(operation.charAt(0)) + operation.substring(1), requestType);
        try {
            return new Answer(CliJson.render((SdkPojo) call.invoke(client, request)), null, null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AwsServiceException s) {
                return new Answer(null, s.awsErrorDetails().errorCode(), s.awsErrorDetails().errorMessage());
            }
            throw e;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object client(String service) {
        AwsClientBuilder b = BUILDERS.get(service).get();
        b.region(Region.AP_NORTHEAST_1).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("oracle", "oracle")))
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()).build());
        ((SdkSyncClientBuilder) b).httpClient(UrlConnectionHttpClient.create());
        return ((software.amazon.awssdk.utils.builder.SdkBuilder) b).build();
    }

    @Override
    public void close() {
        for (Object c : clients.values()) {
            try {
                ((AutoCloseable) c).close();
            } catch (Exception e) {
                // a test client; closing is best effort
            }
        }
        server.stop(0);
    }

    /** One oracle for a test class: {@code @RegisterExtension static final SdkOracle.PerClass SDK = new SdkOracle.PerClass();} */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        private SdkOracle oracle;

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            oracle = new SdkOracle();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            oracle.close();
        }

        SdkOracle get() {
            return oracle;
        }
    }
}
