package io.ecstriage.finding.symptom;

import io.ecstriage.finding.BenignStop;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.Memo;
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

    /** What a reason's text says, of the words {@link #kind} weighs: reasons repeat (every task of a service stops for one). */
    private static final int FAILURE_WORDS = 1, SCALING = 2, SPOT_TEXT = 4, MAINTENANCE_TEXT = 8, HOST_TEXT = 16, USER_TEXT = 32;
    private static final Memo<String, Integer> SAYS = Memo.byValue(1024, BenignStops::says);

    private BenignStops() {}

    /** The kind of benign stop `reason` (with `stopCode`, may be null) names, or null when it may be a failure. */
    public static String kind(String stopCode, String reason) {
        int says = SAYS.get(reason == null ? "" : reason);
        if ((says & FAILURE_WORDS) != 0) return null;
        if ((says & SCALING) != 0) return SCALE_IN;
        if ("SpotInterruption".equals(stopCode) || "TerminationNotice".equals(stopCode) || (says & SPOT_TEXT) != 0) return SPOT;
        if ((says & MAINTENANCE_TEXT) != 0) return MAINTENANCE;
        if ((says & HOST_TEXT) != 0) return HOST;
        if ("ServiceSchedulerInitiated".equals(stopCode)) return SCHEDULER;
        if ("UserInitiated".equals(stopCode) || (says & USER_TEXT) != 0) return USER;
        return null;
    }

    private static int says(String reason) {
        String r = TextSignal.normalize(reason);
        if (FAILURE.matcher(r).find()) return FAILURE_WORDS;
        int says = 0;
        if (r.startsWith("scaling activity initiated by")) says |= SCALING;
        if (r.contains("your spot task was interrupted")) says |= SPOT_TEXT;
        if (r.contains("performing maintenance on the underlying infrastructure") || r.contains("task is being retired")
                || r.contains("scheduled for retirement")) says |= MAINTENANCE_TEXT;
        if (r.matches("host ec2 \\(?(instance )?[\\w-]*\\)? ?stopped/terminated.*") || r.startsWith("container instance deregistration forced by user")) says |= HOST_TEXT;
        if (r.startsWith("task stopped by user")) says |= USER_TEXT;
        return says;
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
