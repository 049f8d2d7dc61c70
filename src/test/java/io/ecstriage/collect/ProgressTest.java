package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The collection's one-line counter on a terminal; one held back draws nothing until shown. */
class ProgressTest {

    @Test
    void aHeldBackCounterCountsButDrawsOnlyOnceShown() {
        StringWriter err = new StringWriter();
        Progress p = Progress.heldBack(new PrintWriter(err), true);
        p.started("aws sts get-caller-identity");
        p.finished();
        p.end();
        assertEquals("", err.toString());
        p.show();
        assertTrue(err.toString().endsWith("collecting: 1/1 calls  aws sts get-caller-identity"), err.toString());
        p.end();
        assertTrue(err.toString().endsWith("\r\u001B[2K"), err.toString());
    }

    @Test
    void offTheTerminalNothingIsDrawn() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), false);
        p.started("aws ecs describe-services");
        p.finished();
        p.end();
        assertEquals("", err.toString());
    }
}
