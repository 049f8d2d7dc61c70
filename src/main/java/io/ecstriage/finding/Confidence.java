package io.ecstriage.finding;

import java.util.Collection;

/**
 * Evidence strengths the rules use, and how independent evidence combines: each basis (a kind of
 * evidence: an error text, a configuration fact, a listing) counts once, at its strongest, and
 * independent bases combine as 1 - Π(1 - c).
 */
public final class Confidence {
    /** An error text several causes share (a bare 403, "Task failed ELB health checks"). */
    public static final double GENERIC_TEXT = 0.30;
    /** An error text that names this cause ("log group does not exist"). */
    public static final double SPECIFIC_TEXT = 0.60;
    /** A configuration fact consistent with the cause, but not proof of it on its own. */
    public static final double CONFIG = 0.45;
    /** A fact that demonstrates the cause (the listing lacks the group; no rule admits the port). */
    public static final double CONFIRMED = 0.75;
    /** A cause that could not be checked (its evidence was not read): listed so the report says how to check it. */
    public static final double UNCHECKED = 0.15;

    private Confidence() {}

    public static double combine(Collection<Double> independent) {
        double miss = 1.0;
        for (double c : independent) miss *= 1.0 - Math.max(0, Math.min(0.99, c));
        return 1.0 - miss;
    }
}
