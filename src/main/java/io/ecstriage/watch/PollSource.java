package io.ecstriage.watch;

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
}
