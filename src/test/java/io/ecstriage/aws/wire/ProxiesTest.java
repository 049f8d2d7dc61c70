package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** HTTPS_PROXY / HTTP_PROXY / NO_PROXY as the aws CLI reads them, and a real request through a local proxy. */
class ProxiesTest {
    private static final URI ECS = URI.create("https://ecs.eu-west-1.amazonaws.com/");

    @Test
    void noVariables_leaveTheChoiceToTheJvm() {
        assertNull(Proxies.fromEnvironment(Map.of()).forEndpoint(ECS));
    }

    @Test
    void httpsProxy_forHttpsEndpoints_inEitherCase_withDefaultPort() {
        Proxy p = Proxies.fromEnvironment(Map.of("https_proxy", "proxy.corp:3128")).forEndpoint(ECS);
        assertEquals(Proxy.Type.HTTP, p.type());
        assertEquals("proxy.corp:3128", ((InetSocketAddress) p.address()).getHostString() + ":" + ((InetSocketAddress) p.address()).getPort());
        Proxy q = Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy.corp")).forEndpoint(ECS);
        assertEquals(80, ((InetSocketAddress) q.address()).getPort());
        assertEquals(Proxy.NO_PROXY, Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy.corp:3128"))
                .forEndpoint(URI.create("http://localhost:5000")), "an http endpoint needs HTTP_PROXY");
    }

    @Test
    void noProxy_hostsDomainsAndStar() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "NO_PROXY", "169.254.169.254, .amazonaws.com");
        assertEquals(Proxy.NO_PROXY, Proxies.fromEnvironment(env).forEndpoint(ECS));
        assertEquals(Proxy.NO_PROXY, Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "p:1", "no_proxy", "amazonaws.com")).forEndpoint(ECS));
        assertEquals(Proxy.NO_PROXY, Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "p:1", "NO_PROXY", "*")).forEndpoint(ECS));
        assertEquals(Proxy.Type.HTTP, Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "p:1", "NO_PROXY", "example.com,zonaws.com")).forEndpoint(ECS).type(),
                "a suffix matches at a dot only");
    }

    @Test
    void credentials_answerOnlyTheProxy() {
        Proxies p = Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "http://me:s%40cret@proxy.corp:3128"));
        assertTrue(p.authenticator(ECS) != null);
        assertNull(Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy.corp:3128")).authenticator(ECS));
    }

    @Test
    void aBadProxy_isOneLineNamingTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Proxies.fromEnvironment(Map.of("HTTPS_PROXY", "http://")));
        assertEquals("HTTPS_PROXY is not a proxy URL; expected http://[USER:PASSWORD@]HOST:PORT", e.getMessage());
    }

    @Test
    void aCallGoesThroughTheProxy_toAHostOnlyTheProxyKnows() throws Exception {
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        proxy.createContext("/", ex -> {
            seen.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " host=" + ex.getRequestHeaders().getFirst("Host"));
            ex.getRequestBody().readAllBytes();
            byte[] b = "{\"clusters\":[{\"clusterName\":\"c\"}],\"failures\":[]}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        proxy.start();
        try {
            // .invalid never resolves (RFC 6761): only a request sent to the proxy can be answered
            URI endpoint = URI.create("http://ecs.eu-west-1.example.invalid:8080");
            WireClient client = new WireClient(new Endpoints(endpoint), () -> new SigV4.Credentials("AKID", "SECRET", null),
                    op -> op.startsWith("Describe"), (s, o) -> {}, Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(5),
                    Clock.systemUTC(), d -> {}, new Random(1))
                    .through(Proxies.fromEnvironment(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.getAddress().getPort())));
            ObjectNode out = client.call("ecs", "eu-west-1", "describe-clusters", Map.of("clusters", List.of("c")));
            assertEquals("c", out.path("clusters").path(0).path("clusterName").asText());
            assertEquals(List.of("POST http://ecs.eu-west-1.example.invalid:8080/ host=ecs.eu-west-1.example.invalid:8080"), seen);
        } finally {
            proxy.stop(0);
        }
    }
}
