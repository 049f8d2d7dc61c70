package io.ecstriage.model;

import java.math.BigInteger;

/** A run of ASCII digits read from text (an error message, pasted output), which may be longer than any int. */
public final class Digits {
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private Digits() {}

    /** The value of `digits` (ASCII 0-9 only), Integer.MAX_VALUE when it is larger. */
    public static int clamped(String digits) {
        return new BigInteger(digits).min(MAX).intValue();
    }
}
