package io.ecstriage.concurrent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wall time of the phases of one run, on whichever thread they ran, printed to stderr when
 * ECS_TRIAGE_PHASES=1 (see docs/cold-start.md); otherwise every call does nothing.
 */
public final class PhaseTimes {
    private static final PhaseTimes OFF = new PhaseTimes(false);

    private final boolean on;
    private final long origin = System.nanoTime();
    private final List<String> lines = new ArrayList<>();

    private PhaseTimes(boolean on) {
        this.on = on;
    }

    public static PhaseTimes off() {
        return OFF;
    }

    public static PhaseTimes fromEnv(Map<String, String> env) {
        return "1".equals(env.get("ECS_TRIAGE_PHASES")) ? new PhaseTimes(true) : OFF;
    }

    /** The time to pass to {@link #end}: now. */
    public long start() {
        return on ? System.nanoTime() : 0;
    }

    /** Records phase `name` as running from `start` to now on this thread. */
    public void end(String name, long start) {
        if (!on) return;
        long now = System.nanoTime();
        String line = String.format("phase %-22s %-18s from %6.1f ms to %6.1f ms: %6.1f ms", name, Thread.currentThread().getName(),
                ms(start - origin), ms(now - origin), ms(now - start));
        synchronized (lines) {
            lines.add(line);
        }
    }

    /** Prints the phases, with the JVM's own start-up before the first of them, if on. */
    public void print(PrintWriter err) {
        if (!on) return;
        long sinceJvmStart = System.currentTimeMillis()
                - ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
        long sinceOrigin = Math.round(ms(System.nanoTime() - origin));
        err.println("phase jvm-start-to-main " + (sinceJvmStart - sinceOrigin) + " ms (approximate: process start to Main)");
        synchronized (lines) {
            lines.forEach(err::println);
        }
        err.flush();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
