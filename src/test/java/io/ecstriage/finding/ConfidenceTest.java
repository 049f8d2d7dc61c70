package io.ecstriage.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {
    private static final double EPS = 1e-9;

    @Test
    void noEvidenceIsNoConfidence() {
        assertEquals(0.0, Confidence.combine(List.of()), EPS);
    }

    @Test
    void oneBasisIsItself() {
        assertEquals(Confidence.SPECIFIC_TEXT, Confidence.combine(List.of(Confidence.SPECIFIC_TEXT)), EPS);
    }

    @Test
    void independentBasesCombineAsOneMinusTheProductOfMisses() {
        // text 0.60 and listing 0.75: 1 - 0.4 × 0.25
        assertEquals(0.90, Confidence.combine(List.of(Confidence.SPECIFIC_TEXT, Confidence.CONFIRMED)), EPS);
        assertEquals(1 - 0.7 * 0.55 * 0.4, Confidence.combine(List.of(0.3, 0.45, 0.6)), EPS);
    }

    @Test
    void orderDoesNotMatter() {
        assertEquals(Confidence.combine(List.of(0.3, 0.45, 0.75)), Confidence.combine(List.of(0.75, 0.3, 0.45)), EPS);
    }

    @Test
    void moreEvidenceNeverLowersConfidence() {
        double one = Confidence.combine(List.of(0.6));
        double two = Confidence.combine(List.of(0.6, 0.01));
        assertTrue(two >= one);
        assertTrue(Confidence.combine(List.of(0.6, 0.6)) > 0.6, "two independent bases of equal strength beat one");
    }

    @Test
    void neverCertainAndNeverNegative() {
        assertEquals(0.99, Confidence.combine(List.of(1.0)), EPS);
        assertTrue(Confidence.combine(List.of(1.0, 1.0, 1.0)) < 1.0);
        assertEquals(0.0, Confidence.combine(List.of(-0.5)), EPS);
        assertEquals(0.6, Confidence.combine(List.of(-0.5, 0.6)), EPS);
    }

    @Test
    void strengthsAreOrdered() {
        assertTrue(Confidence.GENERIC_TEXT < Confidence.CONFIG);
        assertTrue(Confidence.CONFIG < Confidence.SPECIFIC_TEXT);
        assertTrue(Confidence.SPECIFIC_TEXT < Confidence.CONFIRMED);
        assertTrue(Confidence.CONFIRMED < 1.0);
    }
}
