package io.ecstriage.model;

/**
 * The pairs of adjacent characters a text holds, hashed into 1,024 bits: a literal can occur in the text only if
 * each of its pairs does. Every rule pattern tests every text signal; this set, made once per text, rejects most
 * of them with a few bit tests where `String.contains` scanned the text once per literal.
 */
final class CharPairs {
    private static final int BITS = 1024;

    private CharPairs() {}

    /** The set of `text`'s pairs ({@link TextScan} keeps one per text). */
    static long[] read(String text) {
        long[] set = new long[BITS / 64];
        for (int i = 1; i < text.length(); i++) {
            int bit = pair(text.charAt(i - 1), text.charAt(i));
            set[bit >>> 6] |= 1L << bit;
        }
        return set;
    }

    /** The bits of `literal`'s pairs (none for a single character, which every text may then hold). */
    static int[] bitsOf(String literal) {
        int[] bits = new int[Math.max(0, literal.length() - 1)];
        for (int i = 1; i < literal.length(); i++) bits[i - 1] = pair(literal.charAt(i - 1), literal.charAt(i));
        return bits;
    }

    /** False when `text`'s pairs lack one of the literal's: it cannot contain the literal. */
    static boolean mayContain(long[] text, int[] literalBits) {
        for (int bit : literalBits) if ((text[bit >>> 6] & 1L << bit) == 0) return false;
        return true;
    }

    private static int pair(char a, char b) {
        int h = a * 31 + b;
        return (h ^ h >>> 10) & (BITS - 1);
    }
}
