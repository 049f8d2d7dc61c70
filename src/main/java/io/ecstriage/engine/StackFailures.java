package io.ecstriage.engine;

import io.ecstriage.model.Snapshot;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.StackFailure;
import io.ecstriage.model.StackResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first failure of each stack's latest operation, nested stacks folded into their root: the lead skips cancelled
 * resources, the stacks' own events and an "Embedded stack ... was not successfully created" whose nested stack's
 * events are in the input (its own first failure is earlier and names the cause).
 */
final class StackFailures {
    private static final String STACK_TYPE = "AWS::CloudFormation::Stack";
    private final Snapshot snapshot;

    StackFailures(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    List<StackFailure> all() {
        // an event without its time or stack cannot be placed in an operation
        List<StackEvent> events = snapshot.all(StackEvent.class).stream().filter(e -> e.timestamp() != null && e.stackName() != null).toList();
        if (events.stream().noneMatch(StackEvent::failed)) return List.of();
        Map<String, String> parentOf = new HashMap<>();
        for (StackEvent e : events) {
            String nested = e.nestedStackName();
            if (nested != null && !nested.equals(e.stackName())) parentOf.put(e.region() + "/" + nested, e.stackName());
        }
        Map<String, List<StackEvent>> byRoot = new LinkedHashMap<>();
        for (StackEvent e : events) byRoot.computeIfAbsent(e.region() + "/" + root(e.region(), e.stackName(), parentOf), k -> new ArrayList<>()).add(e);
        List<StackFailure> out = new ArrayList<>();
        for (var group : byRoot.entrySet()) {
            String root = group.getKey().substring(group.getKey().indexOf('/') + 1);
            StackFailure f = failure(root, latestOperation(root, group.getValue()));
            if (f != null) out.add(f);
        }
        return out;
    }

    private static String root(String region, String stack, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String s = stack;
        while (parentOf.containsKey(region + "/" + s) && seen.add(s)) s = parentOf.get(region + "/" + s);
        return s;
    }

    /** describe-stack-events lists every operation the stack had: keep those since the root's last "User Initiated" start. */
    private static List<StackEvent> latestOperation(String root, List<StackEvent> events) {
        Instant start = Instant.MIN;
        for (StackEvent e : events) {
            if (e.stackName().equals(root) && e.stackLevel() && e.status() != null && e.status().endsWith("_IN_PROGRESS")
                    && !e.status().contains("ROLLBACK") && "User Initiated".equalsIgnoreCase(e.reason()) && e.timestamp().isAfter(start)) {
                start = e.timestamp();
            }
        }
        Instant from = start;
        return events.stream().filter(e -> !e.timestamp().isBefore(from)).toList();
    }

    private StackFailure failure(String root, List<StackEvent> op) {
        Set<String> nestedWithFailures = new HashSet<>();
        for (StackEvent e : op) if (e.failed() && !e.stackLevel() && !e.cancelled()) nestedWithFailures.add(e.stackName());
        StackEvent lead = op.stream()
                .filter(e -> e.failed() && !e.stackLevel() && !e.cancelled())
                .filter(e -> !(e.embeddedStackFailure() && nestedWithFailures.contains(e.nestedStackName())))
                .min(Comparator.comparing(StackEvent::timestamp)).orElse(null);
        if (lead == null) return null;
        List<StackEvent> consequences = op.stream().filter(e -> e.failed() && e != lead).toList();
        boolean rolledBack = op.stream().anyMatch(e -> e.status() != null && e.status().contains("ROLLBACK"));
        Set<String> stacks = new HashSet<>();
        op.forEach(e -> stacks.add(e.stackName()));
        Set<String> deleted = new LinkedHashSet<>();
        for (StackEvent e : op) {
            if ("DELETE_COMPLETE".equals(e.status()) && !STACK_TYPE.equals(e.resourceType()) && !e.timestamp().isBefore(lead.timestamp())
                    && e.physicalId() != null && !e.physicalId().isBlank()) {
                deleted.add(e.physicalId());
            }
        }
        if (rolledBack) {
            for (StackResource r : snapshot.all(StackResource.class)) {
                if (stacks.contains(r.stackName()) && "DELETE_COMPLETE".equals(r.status()) && !STACK_TYPE.equals(r.resourceType())
                        && r.physicalId() != null && !r.physicalId().isBlank()) {
                    deleted.add(r.physicalId());
                }
            }
        }
        String nestedNotRead = lead.embeddedStackFailure() ? lead.nestedStackName() : null;
        return new StackFailure(lead.region(), root, lead, consequences, List.copyOf(deleted), rolledBack, nestedNotRead);
    }
}
