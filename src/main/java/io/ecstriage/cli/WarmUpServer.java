package io.ecstriage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ecstriage.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For the AppCDS training run only: answers on 127.0.0.1 with the responses live diagnoses got from the
 * emulator (recorded by scripts/record-warm-up-responses.sh, one replay per incident), so that training walks
 * the whole live path (SDK response models, XML and JSON parsing, CliJson, the readers) with no account and no network.
 */
final class WarmUpServer implements AutoCloseable {
    static final String RESOURCE = "warm-up-responses.json";

    private final HttpServer server;
    private final JsonNode recording;
    private volatile JsonNode responses;

    private WarmUpServer(HttpServer server, JsonNode recording) {
        this.server = server;
        this.recording = recording;
        this.responses = replay(0).path("responses");
    }

    /** Null when the recording is missing or this runtime has no jdk.httpserver: training then skips the replay. */
    static WarmUpServer start(JsonTrees json) {
        try (InputStream in = WarmUpServer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return null;
            JsonNode recording = json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WarmUpServer replay = new WarmUpServer(server, recording);
            server.createContext("/", replay::answer);
            server.start();
            return replay;
        } catch (IOException | LinkageError e) {
            return null;
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many recorded diagnoses there are; {@link #select} picks the one answered. */
    int replays() {
        return recording.path("replays").size();
    }

    /** The `diagnose` arguments of recorded diagnosis i (without Region and endpoint), e.g. --stack NAME. */
    List<String> diagnoseArgs(int i) {
        List<String> args = new ArrayList<>();
        replay(i).path("diagnose").forEach(a -> args.add(a.asText()));
        return args;
    }

    /** From now on, answers as recorded diagnosis i was answered. */
    void select(int i) {
        responses = replay(i).path("responses");
    }

    private JsonNode replay(int i) {
        return recording.path("replays").path(i);
    }

    String region() {
        return recording.path("region").asText();
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] request = exchange.getRequestBody().readAllBytes();
        JsonNode recorded = responses.path(key(exchange, new String(request, StandardCharsets.UTF_8)));
        int status = recorded.path("status").asInt(404);
        byte[] body = recorded.path("body").asText("{}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", recorded.path("contentType").asText("application/json"));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** As scripts/record-warm-up-responses.py keys them: the JSON target, the query Action@Version, or method and path. */
    private static String key(HttpExchange exchange, String body) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) return target;
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.contains("application/x-www-form-urlencoded")) {
            Map<String, String> form = new HashMap<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) form.putIfAbsent(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            if (form.containsKey("Action")) return form.get("Action") + "@" + form.getOrDefault("Version", "");
        }
        return exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
