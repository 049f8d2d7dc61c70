package io.ecstriage.collect;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** A one-line progress counter on stderr while collecting; silent unless stderr is a terminal. */
public final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile String last = "";
    private volatile boolean held;

    public Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A counter that counts but draws nothing until {@link #show}: for a collection begun before it is known to be wanted. */
    public static Progress heldBack(PrintWriter err, boolean enabled) {
        Progress p = new Progress(err, enabled);
        p.held = true;
        return p;
    }

    /** Draws from now on (what was counted so far included). */
    public void show() {
        held = false;
        draw();
    }

    public static Progress off() {
        return new Progress(null, false);
    }

    void started(String command) {
        started.incrementAndGet();
        last = command;
        draw();
    }

    void finished() {
        done.incrementAndGet();
        draw();
    }

    private void draw() {
        if (!enabled || held) return;
        String cmd = last.length() > 60 ? last.substring(0, 57) + "..." : last;
        synchronized (err) {
            err.print("\r\u001B[2Kcollecting: " + done.get() + "/" + started.get() + " calls  " + cmd);
            err.flush();
        }
    }

    /** Clears the line before the report is printed. */
    public void end() {
        if (!enabled || held) return;
        synchronized (err) {
            err.print("\r\u001B[2K");
            err.flush();
        }
    }
}
