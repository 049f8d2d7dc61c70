package io.ecstriage.collect;

import java.util.ArrayList;
import java.util.List;

/** Splits identifiers into the batch sizes the APIs take (10 services, 100 tasks, 20 target groups…). */
final class Batches {
    private Batches() {}

    static <T> List<List<T>> of(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) out.add(List.copyOf(items.subList(i, Math.min(items.size(), i + size))));
        return out;
    }
}
