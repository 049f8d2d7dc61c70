package io.ecstriage.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of a snapshot, immutable, with each type's facts found once: the derivations ask for the subnets or
 * route tables thousands of times, and filtering ~100k facts on every call made a large account quadratic.
 */
final class FactList extends AbstractList<Object> implements RandomAccess {
    private final List<Object> facts;
    private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();

    private FactList(List<Object> facts) {
        this.facts = facts;
    }

    static FactList of(List<Object> facts) {
        return facts instanceof FactList f ? f : new FactList(List.copyOf(facts));
    }

    /** The facts of one type (or its subtypes), in input order. */
    @SuppressWarnings("unchecked")
    <T> List<T> ofType(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, t -> facts.stream().filter(t::isInstance).toList());
    }

    @Override
    public Object get(int index) {
        return facts.get(index);
    }

    @Override
    public int size() {
        return facts.size();
    }
}
