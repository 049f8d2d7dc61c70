package io.ecstriage.model;

/** A fact that belongs to one AWS Region (null when its capture did not say which). */
public interface Regional {
    String region();
}
