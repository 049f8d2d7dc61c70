package io.ecstriage.watch;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.ingest.Capture;
import java.util.List;

/** Where a watch's polls come from: a live account ({@link LivePolls}) or a recorded watch ({@link WatchRecording}). */
public interface PollSource {
    /** The next poll, or null when there is none (a recording ran out). */
    Poll next() throws InterruptedException;

    /** The AWS Region the polls read. */
    String region();

    /** How the report names what is watched ("live stack web"). */
    String name();

    /** Whether to wait between polls (live) or replay at once (a recording). */
    boolean live();

    /**
     * Runs the open hypotheses' settling checks (read-only; `made` is everything read so far) and returns their
     * captures as a poll at the same time, or null when this source cannot run checks (a recording).
     */
    default Poll settle(List<AwsCall> checks, List<Capture> made) throws InterruptedException {
        return null;
    }
}
