package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ControlCharsTest {
    @Test
    void controlsAreShownNotObeyed() {
        assertEquals("a\\e[2Jb\\e]0;title\\x07c\\rd\\x7Fe\\x9Bf\\x{202E}g",
                ControlChars.escape("a\u001b[2Jb\u001b]0;title\u0007c\rd\u007fe\u009bf\u202eg"));
    }

    @Test
    void newlineTabAndPrintableTextAreKeptAsTheyAre() {
        String s = "line 1\n\tline 2 — naïve 日本 \"quoted\" \\ back";
        assertSame(s, ControlChars.escape(s));
    }

    @Test
    void theWriterEscapesEverythingWrittenThroughIt() {
        StringWriter target = new StringWriter();
        var w = ControlChars.writer(target);
        w.print("x\u001b[31my");
        w.write('\u0008');
        w.println();
        w.flush();
        assertEquals("x\\e[31my\\x08" + System.lineSeparator(), target.toString());
    }
}
