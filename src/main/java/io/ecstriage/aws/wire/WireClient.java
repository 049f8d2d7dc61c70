package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The light AWS client: signs one read (SigV4), POSTs it in the service's protocol (JSON 1.1 with X-Amz-Target, or
 * the EC2/query form) over the JDK's HttpURLConnection (its keep-alive cache is the one shared transport), retries
 * it as the SDK's standard mode does, and answers the CLI's JSON for it (CliResponses). Only reads are sent: any
 * other operation is refused before it is signed.
 */
public final class WireClient {
    /** Attempts per call, the first included (the SDK's standard mode as AwsClients configured it). */
    public static final int MAX_ATTEMPTS = 5;
    static final Duration BASE_DELAY = Duration.ofMillis(100);
    static final Duration THROTTLED_BASE_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(20);
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(500, 502, 503, 504);
    private static final Set<String> TRANSIENT_CODES = Set.of("RequestTimeout", "RequestTimeoutException", "InternalError");
    // jackson-core's generator via JsonTrees: an ObjectMapper's set-up alone is a noticeable share of a start
    private static final io.ecstriage.json.JsonTrees JSON = new io.ecstriage.json.JsonTrees();

    private final Endpoints endpoints;
    private final Supplier<SigV4.Credentials> credentials;
    private final Predicate<String> isRead;
    private final BiConsumer<String, String> sent;
    private final Duration callTimeout;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final int connectTimeoutMs;
    private final int readTimeoutMs;
    private volatile Proxies proxies = Proxies.JVM_DEFAULT;
    /** AWS's clock minus ours, learnt from an answer refusing a request as too skewed (as the SDK's ClockSkewAdjuster does). */
    private volatile Duration skew = Duration.ZERO;
    /** The errors AWS gives for a request signed too far from its clock (botocore's and the SDK's list). */
    private static final Set<String> SKEW_CODES = Set.of("RequestTimeTooSkewed", "RequestExpired", "InvalidSignatureException",
            "SignatureDoesNotMatch", "AuthFailure", "RequestInTheFuture");
    private static final Duration SKEW_TOLERANCE = Duration.ofMinutes(4);

    /** Waits between attempts; a test passes one that does not. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /**
     * @param isRead whether an API operation name (DescribeTasks) is a read that may be sent
     * @param sent   told (service, operation) for every request sent, retries and pages included
     */
    public WireClient(Endpoints endpoints, Supplier<SigV4.Credentials> credentials, Predicate<String> isRead,
                      BiConsumer<String, String> sent, Duration callTimeout, Duration connectTimeout, Duration readTimeout,
                      Clock clock, Sleeper sleeper, RandomGenerator random) {
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.isRead = isRead;
        this.sent = sent;
        this.callTimeout = callTimeout;
        this.connectTimeoutMs = (int) connectTimeout.toMillis();
        this.readTimeoutMs = (int) readTimeout.toMillis();
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** Sends every later request through the proxies the environment names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). */
    public WireClient through(Proxies proxies) {
        this.proxies = proxies;
        return this;
    }

    /** Thrown instead of sending a request that is not a read: a bug in the caller, never a collection gap. */
    public static final class RefusedException extends RuntimeException {
        RefusedException(String service, String operation) {
            super("ecs-triage is read-only: refused " + service + ":" + operation + " before sending it");
        }
    }

    /**
     * One request (one page), as the CLI prints its answer.
     *
     * @param operation the API (DescribeTasks) or CLI (describe-tasks) name
     * @param params    the request's members by API name: strings, numbers, booleans; lists as List; structures as Map
     * @throws WireException when AWS refused it or did not answer (after the retries)
     */
    public ObjectNode call(String service, String region, String operation, Map<String, ?> params) {
        return call(service, region, operation, params, MAX_ATTEMPTS);
    }

    /** As {@link #call}, sent once, not tried again: for a read made ahead of knowing it is wanted, whose failure costs nothing. */
    public ObjectNode callOnce(String service, String region, String operation, Map<String, ?> params) {
        return call(service, region, operation, params, 1);
    }

    private ObjectNode call(String service, String region, String operation, Map<String, ?> params, int maxAttempts) {
        String asked = apiName(operation);
        if (!isRead.test(asked)) throw new RefusedException(service, asked);
        ServiceModel model = ServiceModel.of(service);
        String api = model.operationName(asked);
        Endpoints.Endpoint endpoint = endpoints.of(service, region);
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        switch (model.protocol()) {
            case "json" -> {
                body = json(params);
                headers.put("Content-Type", "application/x-amz-json-" + model.jsonVersion());
                headers.put("X-Amz-Target", model.targetPrefix() + "." + api);
            }
            case "ec2", "query" -> {
                body = QueryRequests.encode(service, api, params).getBytes(StandardCharsets.UTF_8);
                headers.put("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
            }
            default -> throw new IllegalArgumentException(service + " uses " + model.protocol() + ", which the wire client does not speak");
        }
        byte[] answer = send(service, api, model.signingName(), endpoint, headers, body, maxAttempts);
        return CliResponses.decode(service, api, answer);
    }

    /**
     * Every page of a paginated operation, as one answer holding only the result keys' lists added up (what the
     * SDK's paginators gave the collectors, so an empty result is an empty list, not a missing member).
     *
     * @param maxItems stop after this many items of the first result key (the CLI's --max-items); 0 for all
     */
    public ObjectNode paginate(String service, String region, String operation, Map<String, ?> params, int maxItems) {
        return paginate(service, region, operation, params, maxItems, MAX_ATTEMPTS);
    }

    /** As {@link #paginate}, each page sent once, not tried again: for a read made ahead of knowing it is wanted. */
    public ObjectNode paginateOnce(String service, String region, String operation, Map<String, ?> params, int maxItems) {
        return paginate(service, region, operation, params, maxItems, 1);
    }

    private ObjectNode paginate(String service, String region, String operation, Map<String, ?> params, int maxItems, int maxAttempts) {
        Paginator paginator = Paginators.of(service, operation);
        if (paginator == null) return call(service, region, operation, params, maxAttempts);
        ObjectNode all = JSON.object();
        for (String key : paginator.resultKeys()) all.putArray(key);
        Map<String, Object> request = new LinkedHashMap<>(params);
        while (true) {
            ObjectNode page = call(service, region, operation, request, maxAttempts);
            for (String key : paginator.resultKeys()) {
                JsonNode items = page.get(key);
                if (items != null && items.isArray()) ((ArrayNode) all.get(key)).addAll((ArrayNode) items);
            }
            ArrayNode first = (ArrayNode) all.get(paginator.resultKeys().get(0));
            if (maxItems > 0 && first.size() >= maxItems) {
                while (first.size() > maxItems) first.remove(first.size() - 1);
                return all;
            }
            Map<String, String> next = paginator.next(page);
            if (next.isEmpty()) return all;
            request.putAll(next);
        }
    }

    /** describe-tasks → DescribeTasks; an API name stays as it is. */
    static String apiName(String operation) {
        if (operation.indexOf('-') < 0) return operation;
        StringBuilder b = new StringBuilder();
        for (String part : operation.split("-")) if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return b.toString();
    }

    private static byte[] json(Map<String, ?> params) {
        return JSON.compactJava(params).getBytes(StandardCharsets.UTF_8);
    }

    /** Sends with the standard retry mode: throttling, 5xx and broken connections are tried again, with full jitter. */
    private byte[] send(String service, String api, String signingName, Endpoints.Endpoint endpoint, Map<String, String> headers, byte[] body,
            int maxAttempts) {
        Instant deadline = clock.instant().plus(callTimeout);
        for (int attempt = 1; ; attempt++) {
            WireException failure;
            Duration skewBefore = skew;
            try {
                return attempt(service, api, signingName, endpoint, headers, body, deadline);
            } catch (WireException e) {
                failure = e;
            }
            boolean retryable = failure.kind() == WireException.Kind.CONNECTION || failure.isThrottling()
                    || failure.kind() == WireException.Kind.SERVICE && (TRANSIENT_STATUS.contains(failure.status())
                    || failure.code() != null && TRANSIENT_CODES.contains(failure.code()));
            // a request refused for the machine's clock is sent again at once, signed at AWS's time
            if (!skew.equals(skewBefore) && attempt < maxAttempts) continue;
            if (!retryable || attempt >= maxAttempts) throw failure;
            Duration base = failure.isThrottling() ? THROTTLED_BASE_DELAY : BASE_DELAY;
            long ceiling = Math.min(MAX_BACKOFF.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
            Duration delay = Duration.ofMillis(random.nextLong(ceiling + 1));
            if (clock.instant().plus(delay).isAfter(deadline)) throw timeout(service, api);
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WireException(WireException.Kind.CONNECTION, "ClientError", "interrupted", 0, e);
            }
        }
    }

    /** Takes AWS's Date header as the time to sign at when it is further from ours than AWS tolerates. */
    void learnSkew(String date) {
        if (date == null) return;
        try {
            Instant server = java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), server);
            if (d.abs().compareTo(SKEW_TOLERANCE) > 0) skew = d;
        } catch (java.time.format.DateTimeParseException e) {
            // no usable date: the error stands as AWS gave it
        }
    }

    private WireException timeout(String service, String api) {
        return new WireException(WireException.Kind.TIMEOUT, "Timeout", "Client execution did not complete before the specified timeout "
                + "configuration: " + callTimeout.toMillis() + " millis", 0, null);
    }

    /**
     * One SSL socket factory for every HTTPS connection, made on first use with the JDK's defaults (javax.net.ssl.*
     * properties included). The keep-alive cache keys connections by factory instance, and HttpsURLConnection makes its
     * default factory lazily without a lock: calls that start together at the beginning of a run each got one of their
     * own, and their connections were never reused (a run made 12 TLS handshakes where 8 connections serve it).
     */
    private static final class Tls {
        static final javax.net.ssl.SSLSocketFactory FACTORY = javax.net.ssl.HttpsURLConnection.getDefaultSSLSocketFactory();
    }

    private byte[] attempt(String service, String api, String signingName, Endpoints.Endpoint endpoint, Map<String, String> headers,
                           byte[] body, Instant deadline) {
        long left = Duration.between(clock.instant(), deadline).toMillis();
        if (left <= 0) throw timeout(service, api);
        URI uri = endpoint.uri();
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(SigV4.sign("POST", uri, headers, body, credentials.get(), endpoint.signingRegion(), signingName, clock.instant().plus(skew)));
        sent.accept(service, api);
        HttpURLConnection con = null;
        try {
            java.net.Proxy proxy = proxies.forEndpoint(uri);
            con = (HttpURLConnection) (proxy == null ? uri.toURL().openConnection() : uri.toURL().openConnection(proxy));
            if (con instanceof javax.net.ssl.HttpsURLConnection https) https.setSSLSocketFactory(Tls.FACTORY);
            java.net.Authenticator auth = proxies.authenticator(uri);
            if (auth != null) con.setAuthenticator(auth);
            con.setRequestMethod("POST");
            con.setDoOutput(true);
            con.setUseCaches(false);
            con.setConnectTimeout((int) Math.min(connectTimeoutMs, left));
            con.setReadTimeout((int) Math.max(1, Math.min(readTimeoutMs, left)));
            con.setFixedLengthStreamingMode(body.length);
            all.forEach(con::setRequestProperty);
            try (OutputStream out = con.getOutputStream()) {
                out.write(body);
            }
            int status = con.getResponseCode();
            byte[] answer;
            try (InputStream in = status >= 400 ? con.getErrorStream() : con.getInputStream()) {
                answer = in == null ? new byte[0] : in.readAllBytes(); // read to the end: the connection goes back to the keep-alive cache
            }
            if (status >= 300) {
                WireException e = WireException.service(CliErrors.decode(service, status, answer, con.getHeaderField("x-amzn-ErrorType")), status);
                if (e.code() != null && SKEW_CODES.contains(e.code())) learnSkew(con.getHeaderField("Date"));
                throw e;
            }
            return answer;
        } catch (SocketTimeoutException e) {
            if (con != null) con.disconnect();
            if (!clock.instant().isBefore(deadline)) throw timeout(service, api);
            throw new WireException(WireException.Kind.CONNECTION, "ClientError", "Unable to execute HTTP request: " + e.getMessage(), 0, e);
        } catch (IOException e) {
            if (con != null) con.disconnect();
            throw new WireException(WireException.Kind.CONNECTION, "ClientError", "Unable to execute HTTP request: " + e.getMessage(), 0, e);
        }
    }
}
