package io.ecstriage.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Bytes that are all ASCII, found eight at a time, and read as characters without decoding them. */
final class Ascii {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Ascii() {}

    /** True when no byte from `start` on has its high bit set. */
    static boolean all(byte[] bytes, int start) {
        return all(bytes, start, bytes.length);
    }

    /** True when no byte from `start` to `end` has its high bit set. */
    static boolean all(byte[] bytes, int start, int end) {
        int i = start;
        long any = 0;
        for (; i + 8 <= end; i += 8) any |= (long) LONGS.get(bytes, i);
        for (; i < end; i++) any |= bytes[i];
        return (any & HIGH_BITS) == 0;
    }

    /** ASCII bytes from `start` on as the characters they are. */
    static CharSequence chars(byte[] bytes, int start) {
        return new CharSequence() {
            @Override
            public int length() {
                return bytes.length - start;
            }

            @Override
            public char charAt(int index) {
                return (char) bytes[start + index];
            }

            @Override
            public CharSequence subSequence(int from, int to) {
                return new String(bytes, start + from, to - from, StandardCharsets.US_ASCII);
            }

            @Override
            public String toString() {
                return subSequence(0, length()).toString();
            }
        };
    }
}
