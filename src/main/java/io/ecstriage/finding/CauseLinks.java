package io.ecstriage.finding;

import io.ecstriage.finding.Ranker.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "A cause outranks the effect it explains": a finding whose evidence quotes a value distinctive to another finding
 * (its marks: the URL variable's value in the crash log, the missing log group's name in the breaker's stopped
 * reasons, a resource the rollback deleted) is an effect of that cause. The cause takes the better of the two
 * places, whatever their severities, and the effect folds under it as a {@link Finding.Effect}.
 */
final class CauseLinks {
    record Link(Node effect, String via) {}

    private CauseLinks() {}

    /** Each cause's effects, in the order given; a pair that quote each other's marks is no link (neither explains). */
    static Map<Node, List<Link>> find(List<Node> nodes) {
        Map<Node, List<Link>> out = new HashMap<>();
        for (Node cause : nodes) {
            if (cause.marks.isEmpty() || cause.finding.rule().symptomOnly()) continue;
            Set<Evidence> own = new HashSet<>(cause.finding.evidence());
            for (Node effect : nodes) {
                if (effect == cause || effect.finding.ruleId().equals(cause.finding.ruleId())) continue;
                String via = quoted(cause.marks, effect.finding.evidence(), own);
                if (via != null) out.computeIfAbsent(cause, k -> new ArrayList<>()).add(new Link(effect, via));
            }
        }
        for (var e : new ArrayList<>(out.entrySet())) {
            for (Link l : List.copyOf(e.getValue())) {
                List<Link> back = out.getOrDefault(l.effect(), List.of());
                if (back.stream().anyMatch(b -> b.effect() == e.getKey())) {
                    e.getValue().remove(l);
                    back.removeIf(b -> b.effect() == e.getKey());
                }
            }
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    private static String quoted(Set<String> marks, List<Evidence> evidence, Set<Evidence> own) {
        for (Evidence ev : evidence) {
            // a task definition quoting the value (a health check command on localhost:8000) is configuration, not an effect
            if (own.contains(ev) || ev.text() == null || ev.source() != null && ev.source().startsWith("task definition")) continue;
            String text = ev.text().toLowerCase(Locale.ROOT);
            for (String m : marks) if (text.contains(m.toLowerCase(Locale.ROOT))) return m;
        }
        return null;
    }

    /** Folds each effect into its cause (the first cause in rank order that claims it); the cause takes the better place. */
    static List<Node> fold(List<Node> sorted, Map<Node, List<Link>> effects) {
        if (effects.isEmpty()) return sorted;
        List<Node> out = new ArrayList<>(sorted);
        Map<Node, Node> foldedInto = new HashMap<>();
        for (Node cause : sorted) {
            for (Link link : effects.getOrDefault(cause, List.of())) {
                Node effect = link.effect();
                Node into = cause;
                while (foldedInto.containsKey(into)) into = foldedInto.get(into);
                if (into == effect || !out.contains(effect)) continue;
                int at = Math.min(out.indexOf(into), out.indexOf(effect));
                into.finding = Ranker.absorb(into.finding, effect.finding, link.via());
                out.remove(effect);
                out.remove(into);
                out.add(at, into);
                foldedInto.put(effect, into);
            }
        }
        return out;
    }
}
