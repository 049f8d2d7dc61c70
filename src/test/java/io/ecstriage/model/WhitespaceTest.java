package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void collapsesAsTheRegexDoes() {
        for (String s : new String[] {"", " ", "  ", "a", "a b", "a  b", " a ", "a\tb", "a \t\r\n\u000B\fb", "a\u00A0b", "a\u2028b",
                "trailing  ", "  leading", "x\n", "\n"}) {
            assertEquals(s.replaceAll("\\s+", " "), Whitespace.collapse(s), s);
        }
    }

    @Test
    void agreesWithTheRegexOnRandomTexts() {
        Random random = new Random(13);
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u0085', '.'};
        for (int k = 0; k < 5000; k++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) text[i] = alphabet[random.nextInt(alphabet.length)];
            String s = new String(text);
            assertEquals(s.replaceAll("\\s+", " "), Whitespace.collapse(s), s);
        }
    }
}
