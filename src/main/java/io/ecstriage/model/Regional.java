package io.ecstriage.model;

/** Belongs to one AWS Region: every fact with a Region, and the snapshot (null when no capture said which). */
public interface Regional {
    String region();
}
