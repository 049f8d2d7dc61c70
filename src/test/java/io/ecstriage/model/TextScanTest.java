package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextScanTest {
    @Test
    void eachTextKeepsItsOwnAnswers() {
        TextPattern a = new TextPattern("a");
        TextScan withA = new TextScan("aa");
        TextScan without = new TextScan("bb");
        for (int round = 0; round < 2; round++) {
            assertTrue(withA.says(a));
            assertFalse(without.says(a));
        }
    }

    @Test
    void aPatternMadeAfterTheFirstAnswersIsAnsweredToo() {
        TextScan scan = new TextScan("cannotpullcontainererror: pull image manifest has been retried 5 time(s)");
        assertTrue(scan.says(new TextPattern("cannotpull")));
        List<TextPattern> later = List.of(new TextPattern("manifest unknown"), new TextPattern("retried \\d+ time"),
                new TextPattern("pull image"));
        assertFalse(scan.says(later.get(0)));
        assertTrue(scan.says(later.get(1)));
        assertTrue(scan.says(later.get(2)));
        assertTrue(scan.says(later.get(1)), "asked again");
    }

    @Test
    void equalTextsShareAScanAndDifferentOnesDoNot() {
        TextSignal one = TextSignal.of(TextSignal.Origin.STOPPED_TASK, "arn:1", "Essential container in task exited", null);
        TextSignal two = TextSignal.of(TextSignal.Origin.STOPPED_TASK, "arn:2", "essential  container in task exited", null);
        TextSignal other = TextSignal.of(TextSignal.Origin.STOPPED_TASK, "arn:3", "Task failed ELB health checks", null);
        assertSame(one.scan(), two.scan(), "the same normalised text");
        assertNotSame(one.scan(), other.scan());
        assertEquals(one.norm(), one.scan().norm());
    }

    @Test
    void aSignalsScanIsAlwaysOfItsOwnText() {
        TextSignal made = new TextSignal(TextSignal.Origin.PASTED, "r", "Pull failed", "pull failed", null, new TextScan("other text"));
        assertEquals("pull failed", made.scan().norm());
        assertTrue(made.says("pull failed"));
    }

    @Property(tries = 300)
    void aScanAnswersAsTheRegexDoes(@ForAll @AlphaChars @StringLength(max = 40) String text,
                                    @ForAll @AlphaChars @StringLength(min = 1, max = 3) String literal) {
        String norm = TextSignal.normalize(text);
        TextScan scan = new TextScan(norm);
        for (String regex : List.of(literal.toLowerCase(), literal.toLowerCase() + "|x", "(" + literal.toLowerCase() + ")+")) {
            boolean expected = Pattern.compile(regex).matcher(norm).find();
            TextPattern pattern = new TextPattern(regex);
            assertEquals(expected, scan.says(pattern), regex + " in " + norm);
            assertEquals(expected, scan.says(pattern), regex + " in " + norm + ", asked again");
        }
    }
}
