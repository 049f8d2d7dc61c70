package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonBalanceTest {
    @Test
    void openJsonIsUnfinishedUntilItCloses() {
        assertTrue(JsonBalance.unfinished("{\n  \"tasks\": ["));
        assertTrue(JsonBalance.unfinished("  [{\"a\": 1}"));
        assertFalse(JsonBalance.unfinished("{\n  \"tasks\": []\n}"));
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        assertTrue(JsonBalance.unfinished("{\"reason\": \"unbalanced } ] in text\""));
        assertFalse(JsonBalance.unfinished("{\"reason\": \"open { [ \\\" still in the string\"}"));
        assertEquals(0, JsonBalance.depth("{\"a\": \"\\\\\"}"), "an escaped backslash ends before the quote");
    }

    @Test
    void textIsNeverUnfinished() {
        assertFalse(JsonBalance.unfinished("Stopped | CannotPullContainerError: {unbalanced"));
        assertFalse(JsonBalance.unfinished(""));
        assertFalse(JsonBalance.unfinished("}"), "over-closed JSON is complete: the parser says what is wrong");
    }
}
