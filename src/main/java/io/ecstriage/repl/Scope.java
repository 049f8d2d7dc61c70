package io.ecstriage.repl;

import io.ecstriage.collect.Target;
import java.util.List;

/** What the session is about: set by `use stack|cluster|service NAME` or the doctor's start options. */
public record Scope(String stack, String cluster, String service) {
    public static final Scope NONE = new Scope(null, null, null);

    public enum Kind { stack, cluster, service }

    /** The scope of a live target: its stack or cluster, and its service when it names exactly one. */
    public static Scope of(Target target) {
        return new Scope(target.stack(), target.cluster(), target.services().size() == 1 ? target.services().get(0) : null);
    }

    /** What the live collectors read for this scope. */
    public Target target() {
        return new Target(stack, cluster, service == null ? List.of() : List.of(service), null, null);
    }

    public Scope with(Kind kind, String name) {
        return switch (kind) {
            case stack -> new Scope(name, cluster, service);
            case cluster -> new Scope(stack, name, service);
            case service -> new Scope(stack, cluster, name);
        };
    }

    public boolean isEmpty() {
        return stack == null && cluster == null && service == null;
    }

    public String describe() {
        if (isEmpty()) return "nothing selected";
        StringBuilder s = new StringBuilder();
        if (stack != null) s.append("stack ").append(stack);
        if (service != null) s.append(s.length() > 0 ? ", " : "").append("service ").append(service);
        if (cluster != null) s.append(s.length() > 0 ? (service != null ? " in " : ", ") : "").append("cluster ").append(cluster);
        return s.toString();
    }
}
