package io.ecstriage.model;

import java.util.Arrays;

/**
 * One normalised text and what the rules' text patterns found in it, each answer kept as it is first asked for. The
 * rules test every text signal with some 140 patterns, in each rule-base part the signal goes to, and most texts are
 * unique (they name a task): an answer per text and pattern, found once, where a memo of recent answers missed.
 * Equal texts share one scan ({@link TextSignal#of}) where a memo still holds it; scans of equal texts are equal.
 */
public final class TextScan {
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final String norm;
    /** Final, so a thread that sees the scan sees its pairs: a lazily made array could be seen before its contents. */
    private final long[] pairs;
    /**
     * By pattern id: 0 not yet asked, else {@link #NO} or {@link #YES}. Threads of the rule-base parts share it
     * unlocked: every value written is the right answer, and a lost write or a stale copy only means asking again.
     */
    private byte[] answers = new byte[0];

    TextScan(String norm) {
        this.norm = norm;
        this.pairs = CharPairs.read(norm);
    }

    String norm() {
        return norm;
    }

    boolean says(TextPattern pattern) {
        int id = pattern.id();
        byte[] a = answers;
        if (id < a.length && a[id] != 0) return a[id] == YES;
        boolean found = pattern.foundIn(norm, pairs);
        if (id >= a.length) {
            a = Arrays.copyOf(a, Math.max(id + 1, TextPattern.count() + 8));
            answers = a;
        }
        a[id] = found ? YES : NO;
        return found;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextScan o && norm.equals(o.norm);
    }

    @Override
    public int hashCode() {
        return norm.hashCode();
    }

    @Override
    public String toString() {
        return "TextScan[" + norm + "]";
    }
}
