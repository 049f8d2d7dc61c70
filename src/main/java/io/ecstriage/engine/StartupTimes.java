package io.ecstriage.engine;

import io.ecstriage.model.AppStartup;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.LogEvent;
import io.ecstriage.model.Snapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Measures app start-up from a task's own log stream (awslogs names it PREFIX/CONTAINER/TASK_ID). */
final class StartupTimes {
    private static final Pattern READY = Pattern.compile(
            "(?i)(application startup complete|uvicorn running on|listening on|started \\S+ in|server started|ready to accept|running on http|started server|booted)");

    /** Text READY cannot match without: each of its branches holds one of these, in lower case. */
    private static final List<String> READY_WORDS = List.of("application startup complete", "uvicorn running on", "listening on",
            "started ", "server started", "ready to accept", "running on http", "booted");

    private final Snapshot snapshot;

    StartupTimes(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    List<AppStartup> all() {
        List<AppStartup> out = new ArrayList<>();
        List<LogEvent> events = snapshot.all(LogEvent.class).stream().filter(e -> e.timestamp() != null && e.logStream() != null)
                .sorted(Comparator.comparing(LogEvent::timestamp)).toList();
        Map<String, List<LogEvent>> byTask = new HashMap<>();
        for (LogEvent e : events) {
            int slash = e.logStream().lastIndexOf('/');
            if (slash >= 0) byTask.computeIfAbsent(e.logStream().substring(slash + 1), k -> new ArrayList<>()).add(e);
        }
        for (EcsTask task : snapshot.all(EcsTask.class)) {
            List<LogEvent> own = byTask.getOrDefault(task.taskId(), List.of());
            if (own.isEmpty()) continue;
            for (LogEvent e : own) {
                if (e.message() != null && mayBeReady(e.message()) && READY.matcher(e.message()).find()) {
                    long seconds = Duration.between(own.get(0).timestamp(), e.timestamp()).toSeconds();
                    out.add(new AppStartup(task.taskId(), e.logGroup(), e.logStream(), seconds, e.message().strip()));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean mayBeReady(String message) {
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        for (String w : READY_WORDS) if (lower.contains(w)) return true;
        return false;
    }
}
