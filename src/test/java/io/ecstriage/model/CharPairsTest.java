package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CharPairsTest {
    @Property(tries = 500)
    void aTextHoldingALiteralNeverRulesItOut(@ForAll @StringLength(max = 60) String before, @ForAll @StringLength(max = 20) String literal,
                                             @ForAll @StringLength(max = 60) String after) {
        String text = before + literal + after;
        assertTrue(CharPairs.mayContain(CharPairs.read(text), CharPairs.bitsOf(literal)), literal + " in " + text);
    }

    @Test
    void aTextWithoutTheLiteralsPairsRulesItOut() {
        long[] event = CharPairs.read("(service api) has started 1 tasks: (task 0123456789abcdef).");
        assertFalse(CharPairs.mayContain(event, CharPairs.bitsOf("cannotpullcontainererror")));
        assertFalse(CharPairs.mayContain(event, CharPairs.bitsOf("resourceinitializationerror")));
        assertTrue(CharPairs.mayContain(event, CharPairs.bitsOf("has started")));
        assertTrue(CharPairs.mayContain(event, CharPairs.bitsOf("x")), "a single character has no pair to rule it out");
    }
}
