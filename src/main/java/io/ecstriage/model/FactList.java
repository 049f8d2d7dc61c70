package io.ecstriage.model;

import io.ecstriage.concurrent.BackgroundTask;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The facts of a snapshot, immutable, with each type's facts found once: the derivations ask for the subnets or
 * route tables thousands of times, and filtering ~100k facts on every call made a large account quadratic.
 */
final class FactList extends AbstractList<Object> implements RandomAccess {
    private final List<Object> facts;
    private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();
    private Map<Class<?>, int[]> positionsByClass;
    private final Map<Class<?>, BackgroundTask<Object>> indexes = new ConcurrentHashMap<>();

    private FactList(List<Object> facts) {
        this.facts = facts;
    }

    static FactList of(List<Object> facts) {
        return facts instanceof FactList f ? f : new FactList(List.copyOf(facts));
    }

    /** The facts of one type (or its subtypes), in input order. */
    @SuppressWarnings("unchecked")
    <T> List<T> ofType(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, this::collect);
    }

    /**
     * The index of `type` over these facts, built once on first use; a thread asking while another builds it waits
     * for that one. Built outside computeIfAbsent: one index may use another.
     */
    @SuppressWarnings("unchecked")
    <T> T index(Class<T> type, Supplier<? extends T> build) {
        return (T) indexes.computeIfAbsent(type, t -> new BackgroundTask<Object>(build::get)).join();
    }

    /** The classes of the facts, in order of their first fact. */
    List<Class<?>> classes() {
        Map<Class<?>, int[]> positions = positionsByClass();
        List<Class<?>> out = new ArrayList<>(positions.keySet());
        out.sort(Comparator.comparingInt(c -> positions.get(c)[0]));
        return out;
    }

    /** The positions of the facts of exactly this class, ascending (a copy). */
    int[] positionsOf(Class<?> type) {
        int[] p = positionsByClass().get(type);
        return p == null ? new int[0] : p.clone();
    }

    private List<?> collect(Class<?> type) {
        return collect(type::isAssignableFrom);
    }

    // from the positions of each concrete class, so ~60 types asked for do not each test every fact
    private List<Object> collect(Predicate<Class<?>> accepted) {
        List<int[]> parts = new ArrayList<>();
        int size = 0;
        for (Map.Entry<Class<?>, int[]> e : positionsByClass().entrySet()) {
            if (!accepted.test(e.getKey())) continue;
            parts.add(e.getValue());
            size += e.getValue().length;
        }
        int[] positions = new int[size];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, positions, at, part.length);
            at += part.length;
        }
        if (parts.size() > 1) Arrays.sort(positions);
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) out[i] = facts.get(positions[i]);
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    private synchronized Map<Class<?>, int[]> positionsByClass() {
        if (positionsByClass != null) return positionsByClass;
        // facts come in runs of one class (a capture's tasks, its log events): a class is looked up once per run; each
        // fact's class is read once (a read of the object, a cache miss for most of a large input's), then kept
        Class<?>[] classes = new Class<?>[facts.size()];
        Map<Class<?>, int[]> counts = new HashMap<>();
        Class<?> last = null;
        int[] count = null;
        for (int i = 0; i < classes.length; i++) {
            Class<?> c = facts.get(i).getClass();
            classes[i] = c;
            if (c != last) {
                last = c;
                count = counts.computeIfAbsent(last, k -> new int[1]);
            }
            count[0]++;
        }
        Map<Class<?>, int[]> out = new HashMap<>();
        counts.forEach((c, n) -> out.put(c, new int[n[0]]));
        counts.values().forEach(n -> n[0] = 0); // from here: how many of each are filled in
        last = null;
        int[] positions = null;
        int[] filled = null;
        for (int i = 0; i < classes.length; i++) {
            Class<?> c = classes[i];
            if (c != last) {
                last = c;
                positions = out.get(c);
                filled = counts.get(c);
            }
            positions[filled[0]++] = i;
        }
        positionsByClass = out;
        return out;
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
