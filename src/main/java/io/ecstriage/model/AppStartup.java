package io.ecstriage.model;

/** Derived: how long a task's app took from its first log line to its "ready" line. */
public record AppStartup(String taskId, String logGroup, String logStream, long seconds, String readyLine) {}
