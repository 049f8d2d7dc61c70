package io.ecstriage.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.collect.LiveSession;
import io.ecstriage.collect.Progress;
import io.ecstriage.collect.Target;
import io.ecstriage.collect.WatchPoller;
import io.ecstriage.ingest.Capture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Live polls: the cheap reads every time, and a full collection (task definitions, logs, images, network) in the
 * same poll as soon as it shows a task that stopped or a stack event that failed since the previous poll, so a
 * cause is diagnosed in the poll that first has its evidence.
 */
public final class LivePolls implements PollSource {
    private final LiveSession session;
    private final Target target;
    private final WatchPoller poller;
    private final String name;
    private final Set<String> seenFailedEvents = new HashSet<>();
    private Instant at;

    public LivePolls(LiveSession session, Target target, String name) {
        this.session = session;
        this.target = target;
        this.poller = session.poller(target);
        this.name = name;
    }

    @Override
    public Poll next() {
        int before = session.apiCalls();
        WatchPoller.Poll p = poller.poll();
        List<Capture> captures = new ArrayList<>(p.captures());
        if (p.newlyStopped() > 0 || newFailedStackEvents(p.captures())) {
            captures.addAll(session.collect(target, Progress.off()).captures());
        }
        at = p.at();
        return new Poll(p.at(), captures, session.apiCalls() - before);
    }

    private boolean newFailedStackEvents(List<Capture> captures) {
        boolean fresh = false;
        for (Capture c : captures) {
            if (c.output() == null) continue;
            for (JsonNode e : c.output().path("StackEvents")) {
                if (e.path("ResourceStatus").asText("").endsWith("_FAILED") && seenFailedEvents.add(e.path("EventId").asText())) fresh = true;
            }
        }
        return fresh;
    }

    @Override
    public Poll settle(List<AwsCall> checks, List<Capture> made) {
        int before = session.apiCalls();
        List<Capture> captures = session.runChecks(checks, made, Progress.off());
        return new Poll(at, captures, session.apiCalls() - before);
    }

    @Override
    public String region() {
        return session.region();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean live() {
        return true;
    }
}
