package io.ecstriage.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

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
        for (Thread thread : helpers) uninterruptibly(thread::join);
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

    /** What is done with one chunk's results, on the calling thread. */
    @FunctionalInterface
    public interface ChunkUse<R> {
        void accept(List<R> results) throws Exception;
    }

    /**
     * As {@link #chunked}, but each chunk's results go to `use` on this thread, in item order, as soon as they and all
     * before them are made: while the next chunk it needs is not ready, this thread makes one itself, so using the
     * results overlaps making the rest (where {@link #chunked} made them all, then left a core idle while they were
     * used). The first failure, of a chunk by order or of `use`, is rethrown as is once the helpers have stopped.
     */
    public static <T, R> void chunkedInTurn(List<T> items, int threads, ChunkWork<T, R> work, ChunkUse<R> use) {
        int chunks = threads <= 1 ? 1 : threads * 8;
        List<List<T>> parts = new ArrayList<>();
        for (int c = 0; c < chunks; c++) parts.add(items.subList(items.size() * c / chunks, items.size() * (c + 1) / chunks));
        Object[] results = new Object[chunks];
        Throwable[] errors = new Throwable[chunks];
        CountDownLatch[] done = new CountDownLatch[chunks];
        for (int c = 0; c < chunks; c++) done[c] = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        IntConsumer make = c -> {
            try {
                results[c] = work.apply(parts.get(c));
            } catch (Throwable t) {
                errors[c] = t;
            } finally {
                done[c].countDown();
            }
        };
        Runnable helper = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) make.accept(c);
        };
        List<Thread> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(threads, chunks); h++) {
            Thread thread = new Thread(helper, "in-turn-" + h);
            thread.setDaemon(true);
            thread.start();
            helpers.add(thread);
        }
        Throwable failure = null;
        try {
            for (int w = 0; w < chunks && failure == null; w++) {
                while (done[w].getCount() > 0) {
                    int c = next.getAndIncrement();
                    if (c < chunks) make.accept(c);
                    else uninterruptibly(done[w]::await);
                }
                if (errors[w] != null) {
                    failure = errors[w];
                } else {
                    @SuppressWarnings("unchecked")
                    List<R> chunk = (List<R>) results[w];
                    results[w] = null; // used: let it go
                    use.accept(chunk);
                }
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            next.set(chunks); // helpers take no further chunk
            for (Thread thread : helpers) uninterruptibly(thread::join);
        }
        if (failure instanceof RuntimeException r) throw r;
        if (failure instanceof Error e) throw e;
        if (failure != null) throw new IllegalStateException(failure);
    }

    /** A wait that an interrupt can cut short. */
    @FunctionalInterface
    private interface Wait {
        void run() throws InterruptedException;
    }

    /**
     * Waits to the end whatever interrupts come, then sets the interrupt again: the helpers write into our arrays, so
     * we wait for them before returning.
     */
    private static void uninterruptibly(Wait wait) {
        boolean interrupted = false;
        while (true) {
            try {
                wait.run();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
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
