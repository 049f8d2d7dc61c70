package io.ecstriage.finding.differential;

import io.ecstriage.finding.symptom.SymptomIds;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.ServiceEvent;
import io.ecstriage.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stopped tasks that are history, not the current failure: their service now runs its desired count and has since
 * started a task that is running, or said "has reached a steady state" after the task stopped. A fixed incident
 * keeps its stopped tasks in the listing for an hour; they must not turn a healthy service into an exit 1.
 */
final class Recovered {
    private Recovered() {}

    static Set<String> symptomIds(Snapshot snapshot) {
        Map<String, EcsService> healthy = new HashMap<>();
        for (EcsService s : snapshot.all(EcsService.class)) {
            if (s.desiredCount() > 0 && !s.belowDesired() && s.pendingCount() == 0) healthy.put(s.serviceKey(), s);
        }
        if (healthy.isEmpty()) return Set.of();
        List<EcsTask> tasks = snapshot.all(EcsTask.class);
        Map<String, Instant> newestRunningStart = new HashMap<>();
        for (EcsTask t : tasks) {
            if (t.stopped() || !"RUNNING".equalsIgnoreCase(t.lastStatus()) || t.createdAt() == null || t.serviceKey() == null) continue;
            newestRunningStart.merge(t.serviceKey(), t.createdAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        // a service event names no cluster: it counts only when one service has that name in that Region
        Map<String, List<EcsService>> byName = new HashMap<>();
        for (EcsService s : snapshot.all(EcsService.class)) {
            byName.computeIfAbsent(s.region() + "/" + s.serviceName(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Instant> lastSteady = new HashMap<>();
        for (ServiceEvent e : snapshot.all(ServiceEvent.class)) {
            if (e.createdAt() == null || e.message() == null || !e.message().contains("has reached a steady state")) continue;
            List<EcsService> named = byName.getOrDefault(e.region() + "/" + e.serviceName(), List.of());
            if (named.size() != 1 || !healthy.containsKey(named.get(0).serviceKey())) continue;
            lastSteady.merge(named.get(0).serviceKey(), e.createdAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Set<String> out = new HashSet<>();
        for (EcsTask t : tasks) {
            if (!t.stopped() || t.stoppedAt() == null || t.serviceKey() == null || !healthy.containsKey(t.serviceKey())) continue;
            Instant running = newestRunningStart.get(t.serviceKey());
            Instant steady = lastSteady.get(t.serviceKey());
            if (running != null && running.isAfter(t.stoppedAt()) || steady != null && steady.isAfter(t.stoppedAt())) {
                out.add(SymptomIds.of(t));
            }
        }
        return out;
    }
}
