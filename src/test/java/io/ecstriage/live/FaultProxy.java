package io.ecstriage.live;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP server in front of an AWS endpoint (moto) that injects the faults of a {@link FaultPlan}: throttling,
 * 500/503 and AccessDenied in each service's own error shape, connection resets, and latency; and counts every
 * request it receives by IAM action. Point {@code --endpoint-url} at {@link #endpoint()}.
 *
 * <p>Outside JUnit (a benchmark): {@code java -cp target/test-classes io.ecstriage.live.FaultProxy --target URL
 * [--port N] [FaultPlan options]} prints the endpoint on its first line and serves until stopped; {@code GET
 * /fault-proxy/calls} returns the counts as JSON and {@code POST /fault-proxy/reset} sets them to zero.
 */
public final class FaultProxy implements AutoCloseable {
    static final String CONTROL = "/fault-proxy/";
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "date", "via", "warning", "from", "referer", "proxy-connection");

    private final URI target;
    private final FaultPlan plan;
    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<FaultPlan.Fault, AtomicInteger> injected = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final AtomicLong requestIds = new AtomicLong();
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> open = java.util.Collections.synchronizedList(new ArrayList<>());
    /** One entry per API request: action, then start and end in microseconds since the proxy started. */
    private final List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    private final long startedNanos = System.nanoTime();

    private FaultProxy(URI target, FaultPlan plan, int port, javax.net.ssl.SSLContext tls) throws IOException {
        this.target = target;
        this.plan = plan;
        this.server = tls == null ? new ServerSocket(port, 64, InetAddress.getLoopbackAddress())
                : tls.getServerSocketFactory().createServerSocket(port, 64, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "fault-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** Starts on a free loopback port. */
    public static FaultProxy start(String target, FaultPlan plan) {
        return start(target, plan, 0);
    }

    static FaultProxy start(String target, FaultPlan plan, int port) {
        return start(target, plan, port, null);
    }

    /** As {@link #start(String, FaultPlan)}, serving HTTPS with `tls`'s key (as a real endpoint does) when it is not null. */
    static FaultProxy start(String target, FaultPlan plan, int port, javax.net.ssl.SSLContext tls) {
        try {
            return new FaultProxy(URI.create(target), plan, port, tls);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fault proxy: " + e, e);
        }
    }

    public String endpoint() {
        return (server instanceof javax.net.ssl.SSLServerSocket ? "https" : "http") + "://127.0.0.1:" + server.getLocalPort();
    }

    /** Requests received per IAM action ("ecs:DescribeServices"), retries included, faulted or not. */
    public Map<String, Integer> calls() {
        Map<String, Integer> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Connections the clients opened (over TLS, each one a handshake), control requests' included. */
    public int acceptedConnections() {
        return accepted.get();
    }

    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Faults injected, by kind. */
    public Map<FaultPlan.Fault, Integer> injected() {
        Map<FaultPlan.Fault, Integer> out = new EnumMap<>(FaultPlan.Fault.class);
        injected.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public int totalInjected() {
        return injected.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Forgets counts, occurrences and the call log: the next run is faulted as if it were the first. */
    public void reset() {
        calls.clear();
        log.clear();
        injected.clear();
        seen.clear();
    }

    /** The counts as one JSON object: {"total":N,"calls":{ACTION:N…},"injected":{FAULT:N…}}. */
    public String countsJson() {
        StringBuilder b = new StringBuilder("{\"total\":").append(totalCalls()).append(",\"calls\":{");
        String sep = "";
        for (Map.Entry<String, Integer> e : calls().entrySet()) {
            b.append(sep).append('"').append(e.getKey().replace("\"", "")).append("\":").append(e.getValue());
            sep = ",";
        }
        b.append("},\"injected\":{");
        sep = "";
        for (Map.Entry<FaultPlan.Fault, Integer> e : injected().entrySet()) {
            b.append(sep).append('"').append(e.getKey().name().toLowerCase(Locale.ROOT)).append("\":").append(e.getValue());
            sep = ",";
        }
        return b.append("}}").toString();
    }

    /**
     * When each request came and went, as JSON: [["ecs:DescribeServices",START_US,END_US],…]. Requests whose windows
     * overlap were in flight together; the longest chain of disjoint windows is the client's critical path.
     */
    public String logJson() {
        synchronized (log) {
            return "[" + String.join(",", log) + "]";
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                accepted.incrementAndGet();
                open.add(s);
                connections.execute(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            for (HttpWire.Request req = HttpWire.read(in); req != null; req = HttpWire.read(in)) {
                if (req.target().startsWith(CONTROL)) {
                    HttpWire.write(out, control(req));
                    continue;
                }
                if (!handle(socket, out, req)) return;
            }
        } catch (IOException e) {
            // the client went away (or was reset on purpose): nothing to answer
        } finally {
            open.remove(socket);
        }
    }

    /** Answers one API request; false when the connection was reset. */
    private boolean handle(Socket socket, OutputStream out, HttpWire.Request req) throws IOException {
        long start = System.nanoTime();
        AwsWireErrors.Call call = AwsWireErrors.identify(req);
        try {
            return answer(socket, out, req, call);
        } finally {
            log.add("[\"" + call.action().replace("\"", "") + "\"," + (start - startedNanos) / 1000 + ","
                    + (System.nanoTime() - startedNanos) / 1000 + "]");
        }
    }

    private boolean answer(Socket socket, OutputStream out, HttpWire.Request req, AwsWireErrors.Call call) throws IOException {
        calls.computeIfAbsent(call.action(), k -> new AtomicInteger()).incrementAndGet();
        int occurrence = seen.computeIfAbsent(call.action() + "\n" + req.bodyText(), k -> new AtomicInteger()).getAndIncrement();
        sleep(plan.latency());
        Optional<FaultPlan.Fault> fault = plan.decide(call, req.body(), occurrence);
        if (fault.isPresent()) {
            injected.computeIfAbsent(fault.get(), k -> new AtomicInteger()).incrementAndGet();
            String id = new UUID(0x00fa017L, requestIds.incrementAndGet()).toString();
            switch (fault.get()) {
                case RESET -> {
                    socket.setSoLinger(true, 0); // close with RST, as a dropped connection looks to the client
                    socket.close();
                    return false;
                }
                case THROTTLE -> HttpWire.write(out, AwsWireErrors.throttling(call, id));
                case ERROR_500 -> HttpWire.write(out, AwsWireErrors.serverError(call, 500, id));
                case ERROR_503 -> HttpWire.write(out, AwsWireErrors.serverError(call, 503, id));
                case DENY -> HttpWire.write(out, AwsWireErrors.accessDenied(call, id));
            }
            return true;
        }
        HttpWire.write(out, forward(req));
        return true;
    }

    private HttpWire.Response forward(HttpWire.Request req) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(req.target())).timeout(Duration.ofSeconds(60))
                .method(req.method(), req.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(req.body()));
        for (Map.Entry<String, String> h : req.headers()) {
            if (!NOT_FORWARDED.contains(h.getKey().toLowerCase(Locale.ROOT))) b.header(h.getKey(), h.getValue());
        }
        try {
            HttpResponse<byte[]> r = upstream.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            r.headers().map().forEach((k, vs) -> { if (!k.startsWith(":")) vs.forEach(v -> headers.add(Map.entry(k, v))); });
            return new HttpWire.Response(r.statusCode(), headers, r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (IOException e) {
            return HttpWire.Response.of(502, "text/plain", "fault proxy: upstream " + target + " failed: " + e);
        }
    }

    private HttpWire.Response control(HttpWire.Request req) {
        if (req.target().equals(CONTROL + "calls")) return HttpWire.Response.of(200, "application/json", countsJson());
        if (req.target().equals(CONTROL + "log")) return HttpWire.Response.of(200, "application/json", logJson());
        if (req.target().equals(CONTROL + "reset") && req.method().equals("POST")) {
            reset();
            return HttpWire.Response.of(200, "application/json", "{}");
        }
        return HttpWire.Response.of(404, "text/plain", "GET " + CONTROL + "calls, GET " + CONTROL + "log or POST " + CONTROL + "reset");
    }

    private static void sleep(Duration d) {
        if (d.isZero()) return;
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        synchronized (open) {
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing is best effort
                }
            }
        }
        connections.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        String target = null;
        int port = 0;
        javax.net.ssl.SSLContext tls = null;
        List<String> planArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--target" -> target = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--tls" -> tls = serverContext(java.nio.file.Path.of(args[++i]), args[++i]);
                default -> planArgs.add(args[i]);
            }
        }
        if (target == null) {
            System.err.println("usage: FaultProxy --target URL [--port N] [--tls KEYSTORE.p12 PASSWORD] [--seed N] [--share 0.3] [--faults throttle,500,503,reset]"
                    + " [--latency-ms 60] [--deny ACTION]… [--fail ACTION=FAULT]…");
            System.exit(2);
        }
        FaultProxy proxy = start(target, FaultPlan.parse(planArgs), port, tls);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(proxy.countsJson());
            System.out.flush();
        }));
        System.out.println(proxy.endpoint());
        System.out.flush();
        Thread.currentThread().join();
    }

    /** A server TLS context from a PKCS12 key store holding one key and its certificate. */
    static javax.net.ssl.SSLContext serverContext(java.nio.file.Path keyStore, String password) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(keyStore)) {
            java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password.toCharArray());
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the TLS key store " + keyStore + ": " + e, e);
        }
    }
}
