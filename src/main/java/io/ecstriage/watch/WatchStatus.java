package io.ecstriage.watch;

import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.Stack;
import io.ecstriage.model.StackEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Where a watched deployment stands after a poll: the progress line, and whether it has ended and how. */
record WatchStatus(String line, String ended, Stack stack) {

    static WatchStatus of(Snapshot s, String stackName) {
        List<String> parts = new ArrayList<>();
        Stack stack = stackName == null ? null : s.all(Stack.class).stream()
                .filter(x -> stackName.equals(x.stackName()) || stackName.equals(x.stackId())).findFirst().orElse(null);
        String ended = null;
        if (stack != null) {
            Map<String, StackEvent> latest = new LinkedHashMap<>();
            s.all(StackEvent.class).stream().filter(e -> Objects.equals(e.stackName(), stack.stackName()) && e.timestamp() != null)
                    .sorted(Comparator.comparing(StackEvent::timestamp))
                    .forEach(e -> { if (!Objects.equals(e.logicalId(), stack.stackName())) latest.put(e.logicalId(), e); });
            long done = latest.values().stream().filter(e -> e.status() != null && e.status().endsWith("_COMPLETE")).count();
            long failed = latest.values().stream().filter(StackEvent::failed).count();
            long pending = latest.values().stream().filter(e -> e.status() != null && e.status().endsWith("_IN_PROGRESS")).count();
            parts.add("stack " + stack.stackName() + " " + stack.status() + ": " + done + " resources done, " + pending + " pending"
                    + (failed > 0 ? ", " + failed + " failed" : ""));
            if (stack.status() != null && !stack.status().endsWith("_IN_PROGRESS")) ended = "stack " + stack.status();
        }
        List<String> serviceEnds = new ArrayList<>();
        List<EcsService> services = s.all(EcsService.class);
        for (EcsService svc : services) {
            List<ServiceDeployment> ds = s.all(ServiceDeployment.class).stream().filter(d -> Objects.equals(d.serviceKey(), svc.serviceKey())).toList();
            ServiceDeployment primary = ds.stream().filter(d -> "PRIMARY".equalsIgnoreCase(d.status())).findFirst().orElse(null);
            long stopped = s.all(EcsTask.class).stream().filter(t -> Objects.equals(t.serviceKey(), svc.serviceKey()) && t.stopped()).count();
            String rollout = primary == null || primary.rolloutState() == null ? "" : ", rollout " + primary.rolloutState();
            parts.add("service " + svc.serviceName() + ": " + svc.runningCount() + "/" + svc.desiredCount() + " running, "
                    + stopped + " stopped" + rollout);
            if (ds.stream().anyMatch(d -> "FAILED".equalsIgnoreCase(d.rolloutState()))) {
                serviceEnds.add("service " + svc.serviceName() + " deployment FAILED" + (primary != null && !"FAILED".equalsIgnoreCase(primary.rolloutState()) ? " (rolled back)" : ""));
            }
            else if (primary != null && ds.size() == 1 && svc.runningCount() >= svc.desiredCount() && primary.failedTasks() == 0
                    && (primary.rolloutState() == null || "COMPLETED".equalsIgnoreCase(primary.rolloutState()))) {
                serviceEnds.add("service " + svc.serviceName() + " deployment COMPLETED");
            }
        }
        if (stack == null && !services.isEmpty() && serviceEnds.size() == services.size()) ended = String.join(", ", serviceEnds);
        return new WatchStatus(parts.isEmpty() ? "nothing read yet" : String.join(" | ", parts), ended, stack);
    }
}
