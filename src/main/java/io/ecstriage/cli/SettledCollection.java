package io.ecstriage.cli;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.collect.LiveCollector;
import io.ecstriage.collect.LiveSession;
import io.ecstriage.collect.Progress;
import io.ecstriage.ingest.SnapshotBuilder;
import java.util.List;
import java.util.Objects;

/**
 * A live collection as `diagnose` and `snapshot` take it: collected, diagnosed once, the open hypotheses' checks read
 * where a collector can (collect/HypothesisSettler), so the snapshot holds what the live report was decided on.
 */
final class SettledCollection {
    private SettledCollection() {}

    static LiveCollector.Result collect(App app, LiveSession session, LiveOptions live, String region, Runnable alongside) {
        app.preloadRuleBase(); // once the session is open: Main does not start it for a live run
        LiveCollector.Result first = session.checkAndCollect(live.target(), progress(app), alongside);
        return session.settle(first, r -> openChecks(app, r, live.inputName(), region), progress(app));
    }

    private static List<AwsCall> openChecks(App app, LiveCollector.Result r, String name, String region) {
        var report = app.diagnoser().diagnose(new SnapshotBuilder(app.json()).build(r.parsed(name), region));
        return report.hypotheses().stream().map(h -> h.check() == null ? null : h.check().call()).filter(Objects::nonNull).toList();
    }

    private static Progress progress(App app) {
        return new Progress(app.err(), app.terminal().tty());
    }
}
