package io.ecstriage.collect;

import io.ecstriage.aws.AwsAccessException;
import io.ecstriage.aws.AwsClients;
import io.ecstriage.aws.AwsOptions;
import io.ecstriage.concurrent.BackgroundTask;
import io.ecstriage.ingest.InputException;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.ingest.Capture;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The one live seam: a read-only connection to an account that `diagnose --stack/--cluster`, `snapshot` and the
 * doctor all collect through. It owns the SDK clients, the access check and the fan-out; what it returns is the
 * captures themselves, which a diagnosis reads as is and `snapshot` writes as a fixture.
 */
public final class LiveSession implements AutoCloseable {
    private final AwsClients aws;
    private final int maxParallel;
    private final Clock clock;
    private String account;

    public LiveSession(AwsClients aws, int maxParallel, Clock clock) {
        this.aws = aws;
        this.maxParallel = maxParallel;
        this.clock = clock;
    }

    /** Builds the clients; a bad profile or endpoint is the user's input, reported in one line. */
    public static LiveSession open(AwsOptions options, int maxParallel) {
        try {
            return new LiveSession(AwsClients.create(options), maxParallel, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    public String region() {
        return aws.region();
    }

    /**
     * Checks the credentials (STS) once and returns the account id.
     *
     * @throws AwsAccessException with a one-line reason when they do not work
     */
    public String account() {
        if (account == null) account = aws.checkAccess();
        return account;
    }

    /** AWS calls made so far, retries included. */
    public int apiCalls() {
        return aws.counter().total();
    }

    /**
     * Reads the target on this thread.
     *
     * @throws InputException when the stack or cluster does not exist
     * @throws AwsAccessException when it cannot be read for lack of permission
     */
    public LiveCollector.Result collect(Target target, Progress progress) {
        try {
            return read(target, progress);
        } finally {
            progress.end();
        }
    }

    private LiveCollector.Result read(Target target, Progress progress) {
        try (Fanout fanout = new Fanout(maxParallel)) {
            return new LiveCollector(aws, new Recorder(progress), fanout, clock).collect(target);
        } catch (LiveCollector.TargetNotFoundException notFound) {
            if (notFound.denied()) throw new AwsAccessException(notFound.getMessage());
            throw new InputException(notFound.getMessage());
        }
    }

    /**
     * Checks the credentials and reads the target at once: the reads start while this thread makes the STS round
     * trip and then runs `alongside` (warming the rule base). When the credentials fail, their message ends the run
     * and the reads are cancelled.
     */
    public LiveCollector.Result checkAndCollect(Target target, Progress progress, Runnable alongside) {
        BackgroundTask<LiveCollector.Result> collection = BackgroundTask.start("collect", () -> read(target, progress));
        try {
            account();
            if (alongside != null) alongside.run();
            return collection.join();
        } finally {
            collection.cancel();
            progress.end();
        }
    }

    /**
     * Settles hypotheses: asks `openChecks` (a diagnosis of `first`) for the open hypotheses' checks, makes those a
     * collector can ({@link HypothesisSettler}) and returns `first` with their captures, or `first` when none could be made.
     */
    public LiveCollector.Result settle(LiveCollector.Result first, Function<LiveCollector.Result, List<AwsCall>> openChecks, Progress progress) {
        List<AwsCall> checks = openChecks.apply(first);
        if (checks.isEmpty()) return first;
        List<Capture> added = runChecks(checks, first.captures(), progress);
        return added.isEmpty() ? first : first.with(added);
    }

    /** Makes the checks a collector can ({@link HypothesisSettler}: declared, filled, read-only, at most 10) and returns their captures. */
    public List<Capture> runChecks(List<AwsCall> checks, List<Capture> made, Progress progress) {
        if (checks.isEmpty()) return List.of();
        Recorder rec = new Recorder(progress);
        try (Fanout fanout = new Fanout(maxParallel)) {
            new HypothesisSettler(Collector.all(aws, rec), CheckReads.of(aws, rec), fanout, aws.region()).settle(checks, made);
        } finally {
            progress.end();
        }
        return rec.captures();
    }

    /** The cheap repeated reads of `watch` for this target (a full collection is {@link #collect}). */
    public WatchPoller poller(Target target) {
        return new WatchPoller(aws, clock, target);
    }

    @Override
    public void close() {
        aws.close();
    }
}
