package io.ecstriage.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import io.ecstriage.aws.wire.Endpoints;
import io.ecstriage.aws.wire.SigV4;
import io.ecstriage.aws.wire.WireClient;
import io.ecstriage.aws.wire.WireException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.amplify.AmplifyClient;

/**
 * Builds the SDK clients once per service and Region, all behind the {@link ReadOnlyGuard} and the
 * {@link ApiCallCounter}, over one shared HTTP client. Credentials come from the environment given
 * (AWS_ACCESS_KEY_ID …) or the SDK's default chain for the profile (files, SSO, container, instance).
 */
public final class AwsClients implements AutoCloseable {
    private final String region;
    private final URI endpoint;
    private final Supplier<AwsCredentialsProvider> sdkCredentials;
    private final Supplier<SigV4.Credentials> keys;
    private final WireClient wire;
    /** Only Amplify's SDK client needs it: built on first use, so a run without Amplify loads none of the SDK's HTTP stack. */
    private final Supplier<SdkHttpClient> http;
    private volatile boolean httpBuilt;
    private final List<ExecutionInterceptor> interceptors;
    private final ApiCallCounter counter = new ApiCallCounter();
    private final Map<String, AutoCloseable> clients = new ConcurrentHashMap<>();
    private final Duration callTimeout;

    AwsClients(String region, URI endpoint, AwsCredentialsProvider credentials, SdkHttpClient http, Duration callTimeout,
               List<ExecutionInterceptor> extra) {
        this(region, endpoint, () -> credentials, null, () -> http, callTimeout, extra);
    }

    /** @param keys the keys for the wire client when read without the SDK; null: from the SDK's provider */
    private AwsClients(String region, URI endpoint, Supplier<AwsCredentialsProvider> credentials, SigV4.Credentials keys, Supplier<SdkHttpClient> http,
                       Duration callTimeout, List<ExecutionInterceptor> extra) {
        this.region = region;
        this.endpoint = endpoint;
        this.sdkCredentials = memoize(credentials);
        this.keys = keys != null ? () -> keys : () -> sdkKeys(sdkCredentials.get());
        this.wire = new WireClient(new Endpoints(endpoint), this.keys, ReadOnlyGuard::isRead, counter::record, callTimeout,
                Duration.ofSeconds(3), Duration.ofSeconds(20), java.time.Clock.systemUTC(), d -> Thread.sleep(d.toMillis()),
                new java.util.Random());
        Supplier<SdkHttpClient> built = memoize(http);
        this.http = () -> {
            httpBuilt = true;
            return built.get();
        };
        this.callTimeout = callTimeout;
        List<ExecutionInterceptor> all = new ArrayList<>();
        all.add(new ReadOnlyGuard());
        all.add(counter);
        all.addAll(extra);
        this.interceptors = List.copyOf(all);
    }

    /** From the command line's options and the environment; fails with exit code 2's message when no Region is known. */
    public static AwsClients create(AwsOptions options) {
        String endpoint = options.endpointOrEnv();
        URI endpointUri = endpoint == null ? null : endpointUri(endpoint, options.endpointUrl() != null ? "--endpoint-url" : "AWS_ENDPOINT_URL");
        String profile = options.profileOrEnv();
        if (profile != null && usesProfile(options)) AwsProfiles.requireExists(profile, options.env());
        String region = resolveRegion(options, profile);
        if (region == null) {
            throw new IllegalArgumentException("no AWS Region: pass --region, set AWS_REGION or give the profile a region");
        }
        Supplier<SdkHttpClient> http = () -> new BackgroundHttpClient(() -> UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(3)).socketTimeout(Duration.ofSeconds(20)).build());
        SigV4.Credentials keys = staticKeys(options, profile);
        io.ecstriage.aws.wire.Proxies proxies = io.ecstriage.aws.wire.Proxies.fromEnvironment(options.env());
        AwsClients clients = new AwsClients(region, endpointUri, () -> keys != null ? StaticCredentialsProvider.create(keys.sessionToken() == null
                ? AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey())
                : AwsSessionCredentials.create(keys.accessKeyId(), keys.secretAccessKey(), keys.sessionToken())) : credentials(options, profile),
                keys, http, Duration.ofSeconds(45), List.of());
        clients.wire.through(proxies);
        return clients;
    }

    /** Keys from the environment, or a profile's static keys, read without the SDK; null when the SDK's chain must find them. */
    static SigV4.Credentials staticKeys(AwsOptions options, String profile) {
        String key = AwsOptions.blankToNull(options.env().get("AWS_ACCESS_KEY_ID"));
        String secret = AwsOptions.blankToNull(options.env().get("AWS_SECRET_ACCESS_KEY"));
        if (key != null && secret != null && options.profile() == null) {
            return new SigV4.Credentials(key, secret, AwsOptions.blankToNull(options.env().get("AWS_SESSION_TOKEN")));
        }
        return ProfileKeys.of(profile, options.env());
    }

    private static SigV4.Credentials sdkKeys(AwsCredentialsProvider provider) {
        var c = provider.resolveCredentials();
        return new SigV4.Credentials(c.accessKeyId(), c.secretAccessKey(),
                c instanceof AwsSessionCredentials s ? s.sessionToken() : null);
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }

    /** The light client every collector reads through (the SDK's clients are left to Amplify). */
    public WireClient wire() {
        return wire;
    }

    /** An absolute http(s) URL with a host, or one line saying what is wrong with it. */
    static URI endpointUri(String value, String from) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(from + " '" + value + "' is not a URL; expected http(s)://HOST[:PORT], e.g. http://localhost:4566");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(from + " '" + value + "' is not an http(s) URL with a host; expected http(s)://HOST[:PORT], e.g. http://localhost:4566");
        }
        return uri;
    }

    /** The profile is read for credentials unless an explicit --profile is absent and the environment holds keys. */
    private static boolean usesProfile(AwsOptions options) {
        return options.profile() != null || AwsOptions.blankToNull(options.env().get("AWS_ACCESS_KEY_ID")) == null;
    }

    static String resolveRegion(AwsOptions options, String profile) {
        if (options.region() != null) return options.region();
        for (String k : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
            String v = AwsOptions.blankToNull(options.env().get(k));
            if (v != null) return v;
        }
        try {
            return ProfileFile.defaultProfileFile().profile(profile == null ? "default" : profile)
                    .flatMap(p -> p.property("region")).orElse(null);
        } catch (RuntimeException e) {
            return null; // an unreadable config file is the same as none for the Region
        }
    }

    static AwsCredentialsProvider credentials(AwsOptions options, String profile) {
        String key = AwsOptions.blankToNull(options.env().get("AWS_ACCESS_KEY_ID"));
        String secret = AwsOptions.blankToNull(options.env().get("AWS_SECRET_ACCESS_KEY"));
        if (key != null && secret != null && options.profile() == null) {
            String token = AwsOptions.blankToNull(options.env().get("AWS_SESSION_TOKEN"));
            return StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(key, secret)
                    : AwsSessionCredentials.create(key, secret, token));
        }
        DefaultCredentialsProvider.Builder b = DefaultCredentialsProvider.builder();
        if (profile != null) b.profileName(profile);
        return b.build();
    }

    /** Fails with an {@link AwsAccessException} when there are no usable credentials or AWS cannot be reached; returns the account. */
    public String checkAccess() {
        try {
            keys.get();
        } catch (RuntimeException e) {
            throw new AwsAccessException("no AWS credentials found (set AWS_PROFILE or --profile, run `aws configure` or `aws sso login`): "
                    + firstLine(rootMessage(e)), e);
        }
        try {
            return wire.call("sts", region, "GetCallerIdentity", Map.of()).path("Account").asText(null);
        } catch (WireException e) {
            if (e.kind() == WireException.Kind.SERVICE) {
                throw new AwsAccessException("AWS refused the credentials: " + e.code() + ": " + firstLine(e.awsMessage()), e);
            }
            throw new AwsAccessException("cannot reach AWS" + (endpoint != null ? " at " + endpoint : " in " + region) + ": "
                    + firstLine(rootMessage(e)), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        String line = nl >= 0 ? s.substring(0, nl) : s;
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }

    public String region() {
        return region;
    }

    public ApiCallCounter counter() {
        return counter;
    }

    public AmplifyClient amplify(String r) {
        return client("amplify", r, AmplifyClient::builder);
    }

    /**
     * Attempts per call, the first included. With the SDK's backoff (throttling: 1 s base, 20 s cap, full jitter) a
     * call that keeps failing ends after about 15 s of waits at most, well inside the 45 s call timeout.
     */
    static final int MAX_ATTEMPTS = 5;

    /**
     * The SDK's standard retry strategy for every service, with bounded attempts. Not adaptive: its rate limiter is
     * meant for a client whose resource is loaded mostly by callers that are adaptive too, while AWS throttles per
     * account and Region for all callers; and a run makes too few calls per client for it to learn a rate, so after
     * one throttle it holds the next calls back (measured under injected faults: docs/live.md, Retries).
     */
    static RetryStrategy retryStrategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build();
    }

    /**
     * An SDK client of this configuration (the read-only guard, the counter, the retry strategy, one HTTP client);
     * only Amplify's is used by the product, the other services' SDK modules are test dependencies.
     */
    @SuppressWarnings("unchecked")
    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends AutoCloseable> C client(
            String service, String r, Supplier<B> builder) {
        String reg = r == null ? region : r;
        return (C) clients.computeIfAbsent(service + "@" + reg, k -> {
            B b = builder.get().region(Region.of(reg)).credentialsProvider(sdkCredentials.get()).httpClient(http.get())
                    .overrideConfiguration(ClientOverrideConfiguration.builder().executionInterceptors(interceptors)
                            .retryStrategy(retryStrategy()).apiCallTimeout(callTimeout).build());
            if (endpoint != null) b.endpointOverride(endpoint);
            return b.build();
        });
    }

    @Override
    public void close() {
        for (AutoCloseable c : clients.values()) {
            try {
                c.close();
            } catch (Exception e) {
                // closing is best effort at exit
            }
        }
        if (httpBuilt) http.get().close();
    }
}
