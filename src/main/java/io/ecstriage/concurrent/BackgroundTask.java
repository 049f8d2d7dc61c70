package io.ecstriage.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work done once, on a daemon thread of its own or, if none has begun it, by the first thread that needs the
 * result. Start-up runs slow independent set-up this way (the rule base, the HTTP client, the collection) so
 * it overlaps other work.
 */
public final class BackgroundTask<T> {
    private final FutureTask<T> task;

    public BackgroundTask(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** This work, begun now on a daemon thread named `name`. */
    public static <T> BackgroundTask<T> start(String name, Callable<T> work) {
        return new BackgroundTask<>(work).startOn(name);
    }

    public BackgroundTask<T> startOn(String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** The result; runs the work on this thread unless it has begun elsewhere. Its failure is rethrown as is. */
    public T join() {
        task.run(); // does nothing once the work has begun or ended
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work in the background", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Interrupts the work if it is still running; nothing once it has ended. */
    public void cancel() {
        task.cancel(true);
    }
}
