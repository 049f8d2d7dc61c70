package io.ecstriage.engine;

import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.Stack;
import io.ecstriage.model.StackChange;
import io.ecstriage.model.StackChange.Kind;
import io.ecstriage.model.StackEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What each stack's latest update changed, resource by resource (docs/watch.md, "The stack's last update"). Only an
 * update has a before: a create makes everything new. After a rolled-back update the failed attempt's events carry the
 * new properties and the rollback's UPDATE_IN_PROGRESS events the old ones; otherwise the old ones come from the
 * previous operation's events, when describe-stack-events still lists them.
 */
public final class StackChanges {
    private static final String REPLACEMENT = "requires the creation of a new physical resource";
    /** Shorter parameter values ("1", "true", "v2") would name a parameter by coincidence. */
    private static final int MIN_PARAMETER_VALUE = 6;
    private final Snapshot snapshot;
    private final JsonTrees json = new JsonTrees();

    public StackChanges(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    public List<StackChange> all() {
        Map<String, List<StackEvent>> byStack = new LinkedHashMap<>();
        // describe-stack-events lists the newest first: reversed, a stable sort by time keeps same-second events in order
        List<StackEvent> events = new ArrayList<>(new LinkedHashSet<>(snapshot.all(StackEvent.class)));
        Collections.reverse(events);
        for (StackEvent e : events) {
            if (e.timestamp() != null && e.stackName() != null) byStack.computeIfAbsent(e.region() + "/" + e.stackName(), k -> new ArrayList<>()).add(e);
        }
        List<StackChange> out = new ArrayList<>();
        for (List<StackEvent> stack : byStack.values()) {
            stack.sort(java.util.Comparator.comparing(StackEvent::timestamp));
            new Update(stack).changes(out);
        }
        return out;
    }

    /** The latest operation of one stack, split into its phases by the stack's own events. */
    private final class Update {
        private final List<StackEvent> events;
        private int start = -1;
        private int forwardEnd;
        private int rollbackStart = -1;
        private int cleanupStart = -1;
        private String status;

        Update(List<StackEvent> events) {
            this.events = events;
            for (int i = 0; i < events.size(); i++) {
                StackEvent e = events.get(i);
                if (e.stackLevel() && e.status() != null && e.status().endsWith("_IN_PROGRESS") && !e.status().contains("ROLLBACK")
                        && !e.status().contains("CLEANUP")) {
                    start = i;
                }
            }
            if (start < 0) return;
            forwardEnd = events.size();
            for (int i = start; i < events.size(); i++) {
                StackEvent e = events.get(i);
                if (!e.stackLevel() || e.status() == null) continue;
                status = e.status();
                if (e.status().equals("UPDATE_ROLLBACK_IN_PROGRESS") && rollbackStart < 0) rollbackStart = i;
                if (e.status().equals("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS") && cleanupStart < 0) cleanupStart = i;
            }
            if (rollbackStart >= 0) forwardEnd = rollbackStart;
            else if (cleanupStart >= 0) forwardEnd = cleanupStart;
        }

        void changes(List<StackChange> out) {
            if (start < 0 || !"UPDATE_IN_PROGRESS".equals(events.get(start).status())) return;
            StackEvent begin = events.get(start);
            Stack stack = snapshot.all(Stack.class).stream()
                    .filter(s -> begin.stackName().equals(s.stackName()) && Objects.equals(begin.region(), s.region())).findFirst().orElse(null);
            Map<String, String> parameters = stack == null ? Map.of() : stack.parameters();
            Map<String, List<StackEvent>> forward = new LinkedHashMap<>();
            for (int i = start + 1; i < forwardEnd; i++) {
                StackEvent e = events.get(i);
                if (!e.stackLevel() && e.logicalId() != null) forward.computeIfAbsent(e.logicalId(), k -> new ArrayList<>()).add(e);
            }
            Map<String, StackEvent> removed = new LinkedHashMap<>();
            if (cleanupStart >= 0 && rollbackStart < 0) {
                for (int i = cleanupStart + 1; i < events.size(); i++) {
                    StackEvent e = events.get(i);
                    if (!e.stackLevel() && e.logicalId() != null && !forward.containsKey(e.logicalId()) && e.status() != null
                            && e.status().startsWith("DELETE_")) {
                        removed.putIfAbsent(e.logicalId(), e);
                    }
                }
            }
            for (var entry : forward.entrySet()) {
                List<StackEvent> es = entry.getValue();
                StackEvent first = es.get(0);
                Kind kind = es.stream().anyMatch(e -> e.reason() != null && e.reason().contains(REPLACEMENT)) ? Kind.REPLACED
                        : first.status() != null && first.status().startsWith("CREATE_") ? Kind.ADDED : Kind.MODIFIED;
                String physical = null;
                Map<String, Object> after = null;
                for (StackEvent e : es) {
                    if (e.physicalId() != null && !e.physicalId().isBlank()) physical = e.physicalId();
                    if (!e.properties().isEmpty()) after = e.properties();
                }
                if (kind == Kind.ADDED) {
                    out.add(change(begin, stack, parameters, entry.getKey(), first.resourceType(), physical, kind, List.of(), null));
                    continue;
                }
                Map<String, Object> before = before(entry.getKey());
                String unknown = after == null ? "no properties in this update's events"
                        : before == null ? "its earlier properties are not in the events read" : null;
                List<StackChange.Property> diffs = unknown == null ? new PropertyDiff(json, parameters).of(before, after) : List.of();
                out.add(change(begin, stack, parameters, entry.getKey(), first.resourceType(), physical, kind, diffs, unknown));
            }
            for (var entry : removed.entrySet()) {
                StackEvent e = entry.getValue();
                out.add(change(begin, stack, parameters, entry.getKey(), e.resourceType(), e.physicalId(), Kind.REMOVED, List.of(), null));
            }
        }

        /** The rollback's UPDATE_IN_PROGRESS restores the old properties; else the latest ones before this operation. */
        private Map<String, Object> before(String logicalId) {
            if (rollbackStart >= 0) {
                for (int i = rollbackStart + 1; i < events.size(); i++) {
                    StackEvent e = events.get(i);
                    if (logicalId.equals(e.logicalId()) && "UPDATE_IN_PROGRESS".equals(e.status()) && !e.properties().isEmpty()) return e.properties();
                }
            }
            for (int i = start - 1; i >= 0; i--) {
                StackEvent e = events.get(i);
                if (logicalId.equals(e.logicalId()) && !e.stackLevel() && !e.properties().isEmpty()) return e.properties();
            }
            return null;
        }

        private StackChange change(StackEvent begin, Stack stack, Map<String, String> parameters, String logicalId, String type,
                                   String physical, Kind kind, List<StackChange.Property> diffs, String unknown) {
            return new StackChange(begin.region(), begin.stackName(), stack == null ? null : stack.stackId(), begin.timestamp(), status,
                    logicalId, type, physical, kind, diffs, unknown, parameters);
        }
    }

    /** Two resolved property trees compared leaf by leaf; a string holding a JSON object or array is compared as one. */
    static final class PropertyDiff {
        private final JsonTrees json;
        private final Map<String, String> parameters;
        private final List<StackChange.Property> out = new ArrayList<>();

        PropertyDiff(JsonTrees json, Map<String, String> parameters) {
            this.json = json;
            this.parameters = parameters;
        }

        List<StackChange.Property> of(Map<String, Object> before, Map<String, Object> after) {
            walk("", before, after);
            return List.copyOf(out);
        }

        private void walk(String path, Object b, Object a) {
            b = structured(b);
            a = structured(a);
            if (b instanceof Map<?, ?> || a instanceof Map<?, ?>) {
                Map<?, ?> mb = b instanceof Map<?, ?> m ? m : null;
                Map<?, ?> ma = a instanceof Map<?, ?> m ? m : null;
                if ((mb == null && b != null) || (ma == null && a != null)) {
                    leaf(path, b, a);
                    return;
                }
                TreeSet<String> keys = new TreeSet<>();
                if (mb != null) mb.keySet().forEach(k -> keys.add(String.valueOf(k)));
                if (ma != null) ma.keySet().forEach(k -> keys.add(String.valueOf(k)));
                for (String k : keys) walk(path.isEmpty() ? k : path + "." + k, mb == null ? null : mb.get(k), ma == null ? null : ma.get(k));
                return;
            }
            if (b instanceof List<?> || a instanceof List<?>) {
                List<?> lb = b instanceof List<?> l ? l : null;
                List<?> la = a instanceof List<?> l ? l : null;
                if ((lb == null && b != null) || (la == null && a != null)) {
                    leaf(path, b, a);
                    return;
                }
                int n = Math.max(lb == null ? 0 : lb.size(), la == null ? 0 : la.size());
                for (int i = 0; i < n; i++) {
                    walk(path + "[" + i + "]", lb == null || i >= lb.size() ? null : lb.get(i), la == null || i >= la.size() ? null : la.get(i));
                }
                return;
            }
            leaf(path, b, a);
        }

        /** CloudFormation resolves numbers and booleans to strings ("80", "true"), so leaves compare as text. */
        private void leaf(String path, Object b, Object a) {
            String sb = text(b);
            String sa = text(a);
            if (Objects.equals(sb, sa)) return;
            out.add(new StackChange.Property(path, sb, sa, parameter(sb), parameter(sa)));
        }

        private String text(Object v) {
            if (v == null) return null;
            if (v instanceof Map<?, ?> m) {
                List<String> parts = new ArrayList<>();
                m.forEach((k, x) -> parts.add(k + ": " + text(x)));
                return "{" + String.join(", ", parts) + "}";
            }
            if (v instanceof List<?> l) return "[" + String.join(", ", l.stream().map(this::text).toList()) + "]";
            return String.valueOf(v);
        }

        private String parameter(String value) {
            if (value == null || value.length() < MIN_PARAMETER_VALUE) return null;
            List<String> names = parameters.entrySet().stream().filter(e -> value.equals(e.getValue())).map(Map.Entry::getKey).toList();
            return names.size() == 1 ? names.get(0) : null;
        }

        private Object structured(Object v) {
            if (!(v instanceof String s)) return v;
            String t = s.strip();
            if (!(t.startsWith("{") && t.endsWith("}")) && !(t.startsWith("[") && t.endsWith("]"))) return v;
            try {
                var node = json.read(t);
                return node != null && (node.isObject() || node.isArray()) ? JsonTrees.toJava(node) : v;
            } catch (IOException | RuntimeException e) {
                return v; // text that merely looks like JSON stays text
            }
        }
    }
}
