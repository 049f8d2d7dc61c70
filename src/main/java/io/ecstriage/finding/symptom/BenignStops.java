package io.ecstriage.finding.symptom;

import io.ecstriage.finding.BenignStop;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TextSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which stopped tasks stopped for a reason that is not a failure, from the stop codes and reasons AWS documents
 * ("Amazon ECS stopped task error codes", "Task maintenance", "Fargate capacity providers": SpotInterruption,
 * TerminationNotice, ServiceSchedulerInitiated, UserInitiated; "Scaling activity initiated by (deployment …)",
 * "ECS is performing maintenance on the underlying infrastructure hosting the task", "Your Spot Task was interrupted.").
 */
public final class BenignStops {
    public static final String SCALE_IN = "scaled in or replaced by a deployment";
    public static final String SPOT = "Spot interruption";
    public static final String MAINTENANCE = "Fargate maintenance or retirement";
    public static final String HOST = "container instance stopped or deregistered";
    public static final String SCHEDULER = "stopped by the service scheduler";
    public static final String USER = "stopped on request";

    // ServiceSchedulerInitiated and UserInitiated also cover health-check replacements and stops after a crash
    private static final Pattern FAILURE = Pattern.compile("health|fail|error|exit|unhealthy|memory|oom|denied|timed? ?out"
            + "|cannot|can't|unable|invalid|not found|killed|exception");

    private BenignStops() {}

    /** The kind of benign stop `reason` (with `stopCode`, may be null) names, or null when it may be a failure. */
    public static String kind(String stopCode, String reason) {
        String r = TextSignal.normalize(reason);
        if (FAILURE.matcher(r).find()) return null;
        if (r.startsWith("scaling activity initiated by")) return SCALE_IN;
        if ("SpotInterruption".equals(stopCode) || "TerminationNotice".equals(stopCode) || r.contains("your spot task was interrupted")) return SPOT;
        if (r.contains("performing maintenance on the underlying infrastructure") || r.contains("task is being retired")
                || r.contains("scheduled for retirement")) return MAINTENANCE;
        if (r.matches("host ec2 \\(?(instance )?[\\w-]*\\)? ?stopped/terminated.*") || r.startsWith("container instance deregistration forced by user")) return HOST;
        if ("ServiceSchedulerInitiated".equals(stopCode)) return SCHEDULER;
        if ("UserInitiated".equals(stopCode) || r.startsWith("task stopped by user")) return USER;
        return null;
    }

    public static boolean benign(EcsTask t) {
        return t.stopped() && kind(t.stopCode(), t.stoppedReason()) != null;
    }

    /** A pasted text that is only a benign stop reason (a user asking why a task stopped). */
    public static boolean benign(TextSignal s) {
        return s.origin() == TextSignal.Origin.PASTED && kind(null, s.text()) != null;
    }

    /** The benign stops of a snapshot: its stopped tasks, then its pasted reasons, in snapshot order. */
    public static List<BenignStop> of(Snapshot snapshot) {
        List<BenignStop> out = new ArrayList<>();
        for (EcsTask t : snapshot.all(EcsTask.class)) {
            if (!benign(t)) continue;
            out.add(new BenignStop(t.taskId(), t.serviceName(), t.stopCode(), kind(t.stopCode(), t.stoppedReason()),
                    t.stoppedReason() == null ? "" : t.stoppedReason()));
        }
        for (TextSignal s : snapshot.all(TextSignal.class)) {
            if (benign(s)) out.add(new BenignStop("pasted text", null, null, kind(null, s.text()), TextSignal.quoteOf(s.text())));
        }
        return List.copyOf(out);
    }
}
