package io.ecstriage.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What the fault proxy does to each call: a share of all calls fails with one of the mixed faults, some operations
 * always fail (AccessDenied, or any fault), and every call waits the latency first. The choice for a call depends
 * only on the seed, the call, its body and how many times that same request was seen before, so a run is
 * reproducible whatever order the parallel collectors send their requests in. A shared (transient) fault ends before
 * the client's retries do: the last sending they allow always passes.
 */
public record FaultPlan(long seed, double share, List<Fault> mix, Duration latency, Map<String, Fault> always,
                        Map<String, Integer> firstSends) {

    public enum Fault {
        THROTTLE, ERROR_500, ERROR_503, RESET, DENY;

        static Fault parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "throttle", "throttling" -> THROTTLE;
                case "500" -> ERROR_500;
                case "503" -> ERROR_503;
                case "reset" -> RESET;
                case "deny", "accessdenied" -> DENY;
                default -> throw new IllegalArgumentException("unknown fault " + s + " (throttle, 500, 503, reset, deny)");
            };
        }
    }

    static final List<Fault> TRANSIENT = List.of(Fault.THROTTLE, Fault.ERROR_500, Fault.ERROR_503, Fault.RESET);

    public FaultPlan {
        if (share < 0 || share > 1) throw new IllegalArgumentException("fault share must be within 0..1: " + share);
        if (share > 0 && mix.isEmpty()) throw new IllegalArgumentException("a fault share needs at least one kind of fault");
        mix = List.copyOf(mix);
        always = Map.copyOf(always);
        firstSends = Map.copyOf(firstSends);
    }

    public FaultPlan(long seed, double share, List<Fault> mix, Duration latency, Map<String, Fault> always) {
        this(seed, share, mix, latency, always, Map.of());
    }

    /** Passes every call through unchanged (the proxy still counts them). */
    public static FaultPlan none() {
        return new FaultPlan(0, 0, List.of(), Duration.ZERO, Map.of());
    }

    /** {@code share} of the calls fail with throttling, 500, 503 or a reset, chosen evenly. */
    public static FaultPlan transientFaults(long seed, double share) {
        return new FaultPlan(seed, share, TRANSIENT, Duration.ZERO, Map.of());
    }

    public FaultPlan withLatency(Duration d) {
        return new FaultPlan(seed, share, mix, d, always, firstSends);
    }

    /** Every call of {@code action} ("logs:DescribeLogGroups", or "logs:*" for the whole service) fails with {@code fault}. */
    public FaultPlan always(String action, Fault fault) {
        Map<String, Fault> a = new LinkedHashMap<>(always);
        a.put(action, fault);
        return new FaultPlan(seed, share, mix, latency, a, firstSends);
    }

    /** The first {@code sends} sendings of each request of {@code action} fail with {@code fault}; later ones pass (a fault that ends). */
    public FaultPlan first(String action, int sends, Fault fault) {
        Map<String, Integer> n = new LinkedHashMap<>(firstSends);
        n.put(action, sends);
        return always(action, fault).withFirstSends(n);
    }

    private FaultPlan withFirstSends(Map<String, Integer> n) {
        return new FaultPlan(seed, share, mix, latency, always, n);
    }

    public FaultPlan deny(String action) {
        return always(action, Fault.DENY);
    }

    /** The fault for the {@code occurrence}-th sending (0 first) of this request, if any. */
    Optional<Fault> decide(AwsWireErrors.Call call, byte[] body, int occurrence) {
        Fault fixed = always.get(call.action());
        if (fixed == null) fixed = always.get(call.service() + ":*");
        Integer sends = firstSends.get(call.action());
        if (fixed != null && (sends == null || occurrence < sends)) return Optional.of(fixed);
        // transient: a request that failed at every sending the client's retries allow would not be (moto's random ids
        // change the requests' bodies, and with them the draws, from one run to the next: 30 % of 30 calls left a call
        // that failed five times in a row in a few runs of a hundred)
        if (share == 0 || occurrence >= io.ecstriage.aws.wire.WireClient.MAX_ATTEMPTS - 1) return Optional.empty();
        long identity = ((long) call.action().hashCode() << 32) ^ (java.util.Arrays.hashCode(body) & 0xffffffffL);
        SplittableRandom r = new SplittableRandom(seed ^ identity * 0x9E3779B97F4A7C15L ^ (long) occurrence * 0xC2B2AE3D27D4EB4FL);
        if (r.nextDouble() >= share) return Optional.empty();
        return Optional.of(mix.get(r.nextInt(mix.size())));
    }

    /**
     * From command-line words: {@code --seed N --share 0.3 --faults throttle,500,503,reset --latency-ms 60
     * --deny ecs:DescribeServices --fail logs:*=throttle} (each optional; --deny and --fail repeat).
     */
    public static FaultPlan parse(List<String> args) {
        long seed = 1;
        double share = 0;
        List<Fault> mix = new ArrayList<>(TRANSIENT);
        Duration latency = Duration.ZERO;
        Map<String, Fault> always = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size()) throw new IllegalArgumentException(a + " needs a value");
            String v = args.get(++i);
            switch (a) {
                case "--seed" -> seed = Long.parseLong(v);
                case "--share" -> share = Double.parseDouble(v);
                case "--faults" -> {
                    mix.clear();
                    for (String f : v.split(",")) mix.add(Fault.parse(f.trim()));
                }
                case "--latency-ms" -> latency = Duration.ofMillis(Long.parseLong(v));
                case "--deny" -> always.put(v, Fault.DENY);
                case "--fail" -> {
                    int eq = v.lastIndexOf('=');
                    if (eq <= 0) throw new IllegalArgumentException("--fail wants ACTION=FAULT, got " + v);
                    always.put(v.substring(0, eq), Fault.parse(v.substring(eq + 1)));
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new FaultPlan(seed, share, mix, latency, always);
    }
}
