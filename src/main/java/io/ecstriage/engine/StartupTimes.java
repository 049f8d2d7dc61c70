package io.ecstriage.engine;

import io.ecstriage.model.AppStartup;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.LogEvent;
import io.ecstriage.model.Memo;
import io.ecstriage.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Measures app start-up from a task's own log stream (awslogs names it PREFIX/CONTAINER/TASK_ID). */
final class StartupTimes {
    private static final Pattern READY = Pattern.compile(
            "(?i)(application startup complete|uvicorn running on|listening on|started \\S+ in|server started|ready to accept|running on http|started server|booted)");

    /** Text READY cannot match without: each of its branches holds one of these, in lower case ({@link LogWords}). */
    static final List<String> READY_WORDS = List.of("application startup complete", "uvicorn running on", "listening on",
            "started ", "server started", "ready to accept", "running on http", "booted");

    /** Whether a message says the app is ready: every task of a service logs the same line, matched once. */
    private static final Memo<String, Boolean> SAYS_READY = Memo.byValue(1024, m -> READY.matcher(m).find());

    private final Snapshot snapshot;

    StartupTimes(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    List<AppStartup> all() {
        LogIndex logs = LogIndex.of(snapshot);
        List<AppStartup> out = new ArrayList<>();
        for (EcsTask task : snapshot.all(EcsTask.class)) {
            // the task's timed events in time order (input order among equal times): the first is its start
            Positions positions = logs.ofTask(task.taskId());
            int[] own = new int[positions.size()];
            int n = 0;
            for (int i = 0; i < positions.size(); i++) {
                int p = positions.get(i);
                if (logs.event(p).timestamp() != null) own[n++] = p;
            }
            if (n == 0) continue;
            logs.sortByTime(own, n);
            Instant start = logs.event(own[0]).timestamp();
            for (int i = 0; i < n; i++) {
                int p = own[i];
                LogEvent e = logs.event(p);
                if ((logs.said(p) & LogWords.READY) != 0 && SAYS_READY.get(e.message())) {
                    long seconds = Duration.between(start, e.timestamp()).toSeconds();
                    out.add(new AppStartup(task.taskId(), e.logGroup(), e.logStream(), seconds, e.message().strip()));
                    break;
                }
            }
        }
        return out;
    }
}
