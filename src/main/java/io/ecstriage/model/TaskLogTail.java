package io.ecstriage.model;

import java.util.List;

/**
 * The last lines of one task's container log (awslogs stream PREFIX/CONTAINER/TASK_ID) and the crash they show,
 * if any. A pasted log has no task: `taskId` is null and `logStream` names the paste.
 */
public record TaskLogTail(String region, String taskId, String container, String logGroup, String logStream,
                          List<String> lastLines, CrashSignature crash) implements Regional {

    public TaskLogTail {
        lastLines = List.copyOf(lastLines);
    }

    public boolean crashed() {
        return crash != null;
    }

    public CrashSignature.Kind crashKind() {
        return crash == null ? null : crash.kind();
    }

    public String source() {
        return taskId == null ? logStream : "log stream " + (logGroup != null ? logGroup + " " : "") + logStream;
    }
}
