package io.ecstriage.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs independent reads in parallel, at most `parallelism` at a time: either a list at once ({@link #all}), or as a
 * graph, each read started as soon as its inputs are known ({@link #start}, {@link #after}) and {@link #await}ed as one.
 * When all threads are busy, a read whose answer starts others waits ahead of a {@link #leaf} read, whose answer
 * starts nothing: the chain of dependent calls is the run's critical path, the leaves only fill it.
 */
public final class Fanout implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final AtomicLong order = new AtomicLong();
    private final Executor enabling = r -> execute(r, false);
    private final Executor leaves = r -> execute(r, true);
    private final List<CompletableFuture<?>> started = new ArrayList<>();

    public Fanout(int parallelism) {
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(1, parallelism);
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "collect-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A queued read: leaves after the others, each kind in the order it was started. */
    private record Queued(Runnable read, boolean leaf, long order) implements Runnable, Comparable<Queued> {
        @Override
        public void run() {
            read.run();
        }

        @Override
        public int compareTo(Queued o) {
            return leaf != o.leaf ? (leaf ? 1 : -1) : Long.compare(order, o.order);
        }
    }

    private void execute(Runnable read, boolean leaf) {
        pool.execute(new Queued(read, leaf, order.incrementAndGet()));
    }

    /** Runs every task; the first failure (a bug, never an AWS error: those are recorded) is rethrown after all ended. */
    public void all(List<Runnable> tasks) {
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable t : tasks) futures.add(CompletableFuture.runAsync(t, enabling));
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

    /** Starts a read now; {@link #await} waits for it and for every read it starts in turn. */
    public CompletableFuture<Void> start(Runnable read) {
        return track(CompletableFuture.runAsync(read, enabling));
    }

    /** Starts a read whose answer starts no other read: when the threads are busy it waits behind those that do. */
    public CompletableFuture<Void> leaf(Runnable read) {
        return track(CompletableFuture.runAsync(read, leaves));
    }

    /** Starts a read once all of `inputs` have ended, failed ones too (a failed read is a gap, not a stop). */
    public CompletableFuture<Void> after(List<? extends CompletableFuture<?>> inputs, Runnable read) {
        return track(CompletableFuture.allOf(inputs.toArray(CompletableFuture[]::new)).handle((v, e) -> null).thenRunAsync(read, enabling));
    }

    private CompletableFuture<Void> track(CompletableFuture<Void> f) {
        synchronized (started) {
            started.add(f);
        }
        return f;
    }

    /**
     * Waits until every read started through {@link #start} or {@link #after} has ended, including those started while
     * waiting; then rethrows the first failure (a bug: AWS errors are recorded, not thrown).
     */
    public void await() {
        int seen = -1;
        while (true) {
            List<CompletableFuture<?>> now;
            synchronized (started) {
                now = List.copyOf(started);
            }
            if (now.size() == seen) break;
            seen = now.size();
            try {
                CompletableFuture.allOf(now.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while collecting", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e); // handle() completes normally
            }
        }
        List<CompletableFuture<?>> all;
        synchronized (started) {
            all = List.copyOf(started);
            started.clear();
        }
        for (CompletableFuture<?> f : all) {
            if (!f.isCompletedExceptionally()) continue;
            try {
                f.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
