package io.ecstriage.finding.symptom;

import io.ecstriage.finding.Symptom;
import io.ecstriage.model.Arns;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.FailedCommand;
import io.ecstriage.model.PlacementFailure;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.ServiceLoadBalancer;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.TargetHealth;
import io.ecstriage.model.TextSignal;
import io.ecstriage.model.Whitespace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every symptom in a snapshot, and the folding that lets a cause that explains a service's stopped
 * tasks also explain that service's shortfall, its failing deployment and its tasks' unhealthy targets.
 */
public final class SymptomIndex {
    /** One pasted line of a service's ordinary progress; a paste of several lines is read as a whole. */
    private static boolean progress(TextSignal s) {
        // one event: several copied from the console can arrive on one line, a failure after the progress
        return s.text() != null && s.text().strip().indexOf('\n') < 0 && PROGRESS.matcher(s.norm()).find()
                && s.norm().indexOf("(service ", 1) < 0;
    }

    // a service's ordinary progress, pasted with its events: no failure to explain (the stopped tasks' reasons carry any)
    private static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile("^\\(service [^)]{1,255}\\) (has started \\d+ tasks"
            + "|has stopped \\d+ running tasks|has reached a steady state|registered \\d+ targets|deregistered \\d+ targets"
            + "|has begun draining connections|\\(deployment [^)]{1,64}\\) deployment completed)");

    private final Map<String, Symptom> symptoms = new LinkedHashMap<>();
    private final Map<String, Set<String>> followers = new LinkedHashMap<>();
    /** Each symptom's position in the snapshot, so a closure is listed in snapshot order without scanning them all. */
    private final Map<String, Integer> order = new HashMap<>();
    private final List<Symptom> inOrder = new ArrayList<>();
    private final Map<List<String>, List<Symptom>> closures = new java.util.concurrent.ConcurrentHashMap<>();

    public SymptomIndex(Snapshot snapshot) {
        Map<String, List<TargetHealth>> targetsByIp = new HashMap<>();
        for (TargetHealth h : snapshot.all(TargetHealth.class)) {
            if (h.targetId() != null) targetsByIp.computeIfAbsent(h.targetId(), k -> new ArrayList<>()).add(h);
        }
        // a task is a target of its service's target groups: the same private IP in another group is another task's
        // (VPCs often share one CIDR, and a stopped task's IP is given to a new one)
        Map<String, Set<String>> groupsOfService = new HashMap<>();
        for (ServiceLoadBalancer l : snapshot.all(ServiceLoadBalancer.class)) {
            if (l.serviceKey() != null && l.targetGroupArn() != null) {
                groupsOfService.computeIfAbsent(l.serviceKey(), k -> new HashSet<>()).add(l.targetGroupArn());
            }
        }
        for (EcsTask t : snapshot.all(EcsTask.class)) {
            if (!t.stopped() || BenignStops.benign(t)) continue;
            String reason = t.stoppedReason() == null ? "no reason recorded" : t.stoppedReason();
            add(t, "stopped-task", "task " + t.taskId() + " stopped: " + shorten(reason), t.stoppedAt());
            String service = SymptomIds.service(t.serviceKey());
            if (service != null) follow(SymptomIds.of(t), service);
            Set<String> groups = t.serviceKey() == null ? null : groupsOfService.get(t.serviceKey());
            for (TargetHealth h : targetsByIp.getOrDefault(t.privateIp(), List.of())) {
                // without the service's load balancers (or the target's group) in the input, the IP is all there is
                if (groups == null || h.targetGroupArn() == null || groups.contains(h.targetGroupArn())) {
                    follow(SymptomIds.of(t), SymptomIds.of(h));
                }
            }
        }
        for (TargetHealth h : snapshot.all(TargetHealth.class)) {
            if (h.unhealthy()) add(h, "unhealthy-target", "target " + h.label() + " in " + Arns.targetGroupName(h.targetGroupArn())
                    + " is " + h.state() + (h.reason() != null ? " (" + h.reason() + ")" : ""), null);
            if (h.notInUse()) add(h, "unused-target", "target " + h.label() + " in " + Arns.targetGroupName(h.targetGroupArn())
                    + " gets no traffic (" + h.reason() + ")", null);
        }
        for (EcsService s : snapshot.all(EcsService.class)) {
            if (s.belowDesired()) add(s, "service-shortfall", "service " + s.serviceName() + " runs " + s.runningCount()
                    + " of " + s.desiredCount() + " tasks", null);
        }
        for (ServiceDeployment d : snapshot.all(ServiceDeployment.class)) {
            if (!d.failing()) continue;
            add(d, "failing-deployment", "deployment " + d.id() + " of " + d.serviceName() + " "
                    + (d.rolloutState() != null ? d.rolloutState() : d.status()) + ", " + d.failedTasks() + " failed tasks", d.updatedAt());
            String service = SymptomIds.service(d.serviceKey());
            if (service != null) follow(service, SymptomIds.of(d));
        }
        for (StackEvent e : snapshot.all(StackEvent.class)) {
            if (e.failed() && !e.cancelled()) {
                add(e, "stack-failure", e.logicalId() + " (" + e.resourceType() + ") " + e.status() + ": " + shorten(e.reason()), e.timestamp());
            }
        }
        for (FailedCommand c : snapshot.all(FailedCommand.class)) {
            // a read that fails (describe-stacks: "does not exist") is evidence of absence, not a failure to explain
            if (c.operation() != null && c.operation().matches("(describe|list|get)-.*")) continue;
            add(c, "failed-command", "aws " + c.service() + " " + c.operation() + " failed: " + shorten(c.errorText()), null);
        }
        for (PlacementFailure p : snapshot.all(PlacementFailure.class)) {
            add(p, "placement-failure", "a task was not placed: " + shorten(p.text()), null);
        }
        for (TextSignal s : snapshot.all(TextSignal.class)) {
            if (s.origin() == TextSignal.Origin.PASTED && !BenignStops.benign(s) && !progress(s)) {
                add(s, "pasted-error", shorten(s.text()), s.at());
            }
        }
    }


    private void add(Object fact, String kind, String summary, java.time.Instant at) {
        String id = SymptomIds.of(fact);
        if (id == null) return;
        Symptom symptom = new Symptom(id, kind, summary, at);
        if (symptoms.putIfAbsent(id, symptom) == null) {
            order.put(id, order.size());
            inOrder.add(symptom);
        }
    }

    private void follow(String from, String to) {
        followers.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
    }

    public List<Symptom> all() {
        return List.copyOf(symptoms.values());
    }

    /** The symptoms of `ids` plus those that follow from them, in snapshot order. */
    public List<Symptom> explainedBy(List<String> ids) {
        // many findings explain the same symptoms (every cause of one service): each closure is computed once
        return closures.computeIfAbsent(List.copyOf(ids), this::closure);
    }

    private List<Symptom> closure(List<String> ids) {
        Set<String> closed = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(ids);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (closed.add(id)) queue.addAll(followers.getOrDefault(id, Set.of()));
        }
        int[] positions = new int[closed.size()];
        int n = 0;
        for (String id : closed) {
            Integer p = order.get(id);
            if (p != null) positions[n++] = p;
        }
        Arrays.sort(positions, 0, n);
        Symptom[] out = new Symptom[n];
        for (int i = 0; i < n; i++) out[i] = inOrder.get(positions[i]);
        return java.util.Collections.unmodifiableList(Arrays.asList(out));
    }

    private static String shorten(String s) {
        if (s == null) return "";
        String t = Whitespace.collapse(s).trim();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }
}
