package io.ecstriage.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Independent jobs run on this thread and up to `threads - 1` helpers, each taking the next job not yet begun; the
 * results come back in job order, so the output is the same as running them one after another.
 */
public final class InOrder {
    private InOrder() {}

    /** The jobs' results in their order; the first failing job's error (by order) is rethrown as is. */
    public static <T> List<T> run(List<? extends Callable<? extends T>> jobs, int threads) {
        Object[] results = new Object[jobs.size()];
        Throwable[] errors = new Throwable[jobs.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) {
                try {
                    results[i] = jobs.get(i).call();
                } catch (Throwable t) {
                    errors[i] = t;
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(threads, jobs.size()); h++) {
            Thread thread = new Thread(worker, "in-order-" + h);
            thread.setDaemon(true);
            thread.start();
            helpers.add(thread);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread thread : helpers) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the helpers write into our arrays: wait for them before returning
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        for (Throwable t : errors) {
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
            if (t != null) throw new IllegalStateException(t);
        }
        @SuppressWarnings("unchecked")
        List<T> out = (List<T>) Arrays.asList(results);
        return out;
    }

    /** Work on a run of consecutive items, giving one result per item. */
    @FunctionalInterface
    public interface ChunkWork<T, R> {
        List<R> apply(List<T> chunk) throws Exception;
    }

    /**
     * `work` over `items` in consecutive chunks (four per thread, for balance; one chunk on one thread), on up to
     * `threads` threads; the results concatenated in item order.
     */
    public static <T, R> List<R> chunked(List<T> items, int threads, ChunkWork<T, R> work) {
        int chunks = threads <= 1 ? 1 : threads * 4;
        List<Callable<List<R>>> jobs = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            List<T> chunk = items.subList(items.size() * c / chunks, items.size() * (c + 1) / chunks);
            jobs.add(() -> work.apply(chunk));
        }
        List<R> out = new ArrayList<>(items.size());
        for (List<R> part : run(jobs, threads)) out.addAll(part);
        return out;
    }

    /**
     * Below this many items (facts, say) a helper thread's start costs about what it saves, and on a cold start the
     * rule base is still being built on both cores: small inputs run on one thread.
     */
    public static final int SPLIT_FROM_ITEMS = 20_000;

    /** The threads worth running CPU-bound jobs over `items` on: this JVM's processors, or one for a small input. */
    public static int threadsFor(int items) {
        return items < SPLIT_FROM_ITEMS ? 1 : Runtime.getRuntime().availableProcessors();
    }
}
