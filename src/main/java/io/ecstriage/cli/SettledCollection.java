package io.ecstriage.cli;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.collect.LiveCollector;
import io.ecstriage.collect.LiveSession;
import io.ecstriage.collect.Progress;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.model.Snapshot;
import java.util.List;
import java.util.Objects;

/**
 * A live collection as `diagnose` and `snapshot` take it: collected, diagnosed once, the open hypotheses' checks read
 * where a collector can (collect/HypothesisSettler), so the snapshot holds what the live report was decided on.
 */
final class SettledCollection {
    private SettledCollection() {}

    /**
     * The collection, and the snapshot its report was decided on when settling read nothing more (null when it did):
     * the command then diagnoses that snapshot again (the diagnoser remembers it) instead of building an equal one,
     * whose comparison alone would cost a cold JVM tens of milliseconds (each record's first `equals`).
     */
    record Settled(LiveCollector.Result result, Snapshot snapshot) {}

    static Settled collect(App app, LiveSession session, LiveOptions live, String region, Runnable alongside) {
        app.preloadRuleBaseAndWarmUp(); // once the session is open: Main does not start it for a live run
        return settle(app, session, live, region, session.checkAndCollect(live.target(), progress(app), alongside));
    }

    /** As {@link #collect}, from a collection already checked and read (a {@link HeadStart}'s). */
    static Settled settle(App app, LiveSession session, LiveOptions live, String region, LiveCollector.Result first) {
        Snapshot[] diagnosed = new Snapshot[1];
        LiveCollector.Result settled = session.settle(first, r -> {
            diagnosed[0] = new SnapshotBuilder(app.json()).build(r.parsed(live.inputName()), region);
            return openChecks(app, diagnosed[0]);
        }, progress(app));
        return new Settled(settled, settled == first ? diagnosed[0] : null);
    }

    private static List<AwsCall> openChecks(App app, Snapshot snapshot) {
        var report = app.diagnoser().diagnose(snapshot);
        return report.hypotheses().stream().map(h -> h.check() == null ? null : h.check().call()).filter(Objects::nonNull).toList();
    }

    private static Progress progress(App app) {
        return new Progress(app.err(), app.terminal().tty());
    }
}
