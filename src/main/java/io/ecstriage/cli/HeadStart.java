package io.ecstriage.cli;

import io.ecstriage.aws.AwsOptions;
import io.ecstriage.collect.LiveCollector;
import io.ecstriage.collect.LiveSession;
import io.ecstriage.collect.Progress;
import io.ecstriage.collect.Target;
import io.ecstriage.concurrent.BackgroundTask;
import java.util.Map;
import java.util.Objects;

/**
 * A live `diagnose` begun from the raw arguments before the command line is bound (by picocli, 60-85 ms of a cold
 * start, or as a {@link PlainDiagnoseLine}, a few): the session opens and the first reads leave at once. It is only a
 * guess: the command takes it over when it binds the same account, endpoint, Region, target and parallelism
 * ({@link #takeOver}), and discards it otherwise, so a command line read differently here costs read-only calls, never
 * a different diagnosis.
 *
 * <p>The guess accepts only a plain `diagnose` line ({@link PlainDiagnoseLine#read}: options it knows, each as
 * {@code --name value} or {@code --name=value}); anything else (help, an argument file, an unknown or repeated option,
 * a value that looks like an option) means no head start.
 */
final class HeadStart {
    /** What the raw arguments name, as picocli would bind them when it accepts them. */
    record Guess(AwsOptions aws, int maxParallel, Target target) {
        // written out: the generated ones link a bootstrap at their first call, ~15 ms of a live run (RecordMethodsTest)
        @Override
        public boolean equals(Object other) {
            return other instanceof Guess o && maxParallel == o.maxParallel && Objects.equals(aws, o.aws) && Objects.equals(target, o.target);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Objects.hashCode(aws) + Integer.hashCode(maxParallel)) + Objects.hashCode(target);
        }
    }

    /** The head start's session and first collection, or why it failed (a failure the command then throws as its own). */
    private record Begun(LiveSession session, LiveCollector.Result first, RuntimeException failure) {}

    private final Guess guess;
    private final BackgroundTask<Begun> work;
    private final Progress progress; // drawn only once the command takes the head start over
    private boolean taken;
    private boolean discarded;
    private Begun finished; // set when the work ends, so that a later discard closes its session

    private HeadStart(Guess guess, BackgroundTask<Begun> work, Progress progress) {
        this.guess = guess;
        this.work = work;
        this.progress = progress;
    }

    /** Begins a head start when `args` are a live diagnose this class can read; null otherwise. */
    static HeadStart begin(App app, String[] args) {
        Guess guess = guess(args, app.terminal().env());
        if (guess == null) return null;
        HeadStart[] self = new HeadStart[1];
        BackgroundTask<Begun> work = new BackgroundTask<>(() -> self[0].collect(app));
        self[0] = new HeadStart(guess, work, Progress.heldBack(app.err(), app.terminal().tty()));
        work.startOn("head-start");
        return self[0];
    }

    /**
     * The collection begun for exactly these options, or null (and the head start discarded) when they differ from the
     * guess. A failure of the head start (credentials, a missing cluster) is thrown here, as the command's own.
     */
    Taken takeOver(AwsOptions aws, int maxParallel, Target target) {
        synchronized (this) {
            if (discarded || taken) return null;
            if (!guess.equals(new Guess(aws, maxParallel, target))) {
                discardLocked();
                return null;
            }
            taken = true;
        }
        progress.show();
        Begun begun = work.join();
        progress.end(); // the collection may have ended before it was shown: its line is cleared before the report
        if (begun.failure() != null) {
            close(begun);
            throw begun.failure();
        }
        return new Taken(begun.session(), begun.first());
    }

    /** A head start taken over: its open session (the command closes it) and its collection, checked and read. */
    record Taken(LiveSession session, LiveCollector.Result first) {}

    /** Stops a head start no command took (its session is closed once its work ends). */
    void discard() {
        synchronized (this) {
            if (taken || discarded) return;
            discardLocked();
        }
    }

    private void discardLocked() {
        discarded = true;
        if (finished != null) close(finished);
        else work.cancel();
    }

    private static void close(Begun begun) {
        if (begun.session() != null) begun.session().close();
    }

    private Begun collect(App app) {
        LiveSession session = null;
        try {
            session = LiveSession.open(guess.aws(), guess.maxParallel());
            LiveCollector.Result first = session.checkAndCollect(guess.target(), progress,
                    app::preloadRuleBaseAndWarmUp);
            return closedIfDiscarded(new Begun(session, first, null));
        } catch (RuntimeException e) {
            return closedIfDiscarded(new Begun(session, null, e));
        }
    }

    private Begun closedIfDiscarded(Begun begun) {
        synchronized (this) {
            finished = begun;
            if (discarded) close(begun);
        }
        return begun;
    }

    /** What `args` name when they are a plain `diagnose` line ({@link PlainDiagnoseLine#read}) with one live target; null otherwise. */
    static Guess guess(String[] args, Map<String, String> env) {
        PlainDiagnoseLine.Options options = PlainDiagnoseLine.read(args);
        if (options == null || options.single().containsKey("--fixture")) return null;
        LiveOptions live = options.live();
        if (live == null || !live.live() || live.problem(false) != null) return null;
        return new Guess(live.aws(options.single().get("--region"), env), live.maxParallel, live.target());
    }
}
