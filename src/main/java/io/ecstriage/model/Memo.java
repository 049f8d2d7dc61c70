package io.ecstriage.model;

import java.util.function.Function;

/**
 * The recent results of a pure function of equal keys (a rule's pattern, a repeated text, an image name), in a fixed
 * number of slots chosen by the key's hash: a large input asks for the same value thousands of times, and each answer
 * was made anew. Bounded, and entries are immutable, so threads share it unlocked; a lost race computes again.
 */
public final class Memo<K, V> {
    /** The key's hash first: equal-length keys (texts naming task ids) differ only near their end. */
    private record Entry<K, V>(int hash, K key, V value) {}

    private final Function<K, V> function;
    private final Entry<K, V>[] slots;

    private Memo(int slots, Function<K, V> function) {
        this.function = function;
        @SuppressWarnings("unchecked")
        Entry<K, V>[] array = (Entry<K, V>[]) new Entry<?, ?>[Integer.highestOneBit(Math.max(1, slots))];
        this.slots = array;
    }

    /** Keys that are equal (value objects: strings). */
    public static <K, V> Memo<K, V> byValue(int slots, Function<K, V> function) {
        return new Memo<>(slots, function);
    }

    public V get(K key) {
        int h = key.hashCode();
        int slot = (h ^ h >>> 16) & (slots.length - 1);
        Entry<K, V> e = slots[slot];
        if (e != null && e.hash() == h && (e.key() == key || e.key().equals(key))) return e.value();
        V value = function.apply(key);
        slots[slot] = new Entry<>(h, key, value);
        return value;
    }
}
