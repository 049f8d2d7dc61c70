package io.ecstriage.engine;

import java.util.Arrays;

/**
 * Positions of facts (log events) in the order added, in an int array that grows: a large account's log index holds
 * hundreds of thousands, which as lists of boxed integers were an object each and a pointer to follow at each read.
 */
final class Positions {
    static final Positions NONE = new Positions(0);

    private int[] at;
    private int size;

    Positions() {
        this(8);
    }

    private Positions(int capacity) {
        at = new int[capacity];
    }

    void add(int position) {
        if (this == NONE) throw new UnsupportedOperationException("the shared empty positions are read-only");
        if (size == at.length) at = Arrays.copyOf(at, Math.max(8, size * 2));
        at[size++] = position;
    }

    int get(int i) {
        if (i >= size) throw new IndexOutOfBoundsException(i);
        return at[i];
    }

    int size() {
        return size;
    }

    /** A copy of the positions, in the order added. */
    int[] toArray() {
        return Arrays.copyOf(at, size);
    }
}
