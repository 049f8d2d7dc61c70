package io.ecstriage.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs independent reads in parallel, at most `parallelism` at a time, and waits for all of them. */
public final class Fanout implements AutoCloseable {
    private final ExecutorService pool;

    public Fanout(int parallelism) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, parallelism), r -> {
            Thread t = new Thread(r, "collect-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs every task; the first failure (a bug, never an AWS error: those are recorded) is rethrown after all ended. */
    public void all(List<Runnable> tasks) {
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable t : tasks) futures.add(pool.submit(t));
        RuntimeException first = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) first = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while collecting", e);
            }
        }
        if (first != null) throw first;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
