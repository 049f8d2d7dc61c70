package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.json.JsonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SplitFixtureReadTest {
    private final JsonTrees json = new JsonTrees();
    private final SplitFixtureRead split = new SplitFixtureRead(json, 0);

    /** An indented fixture of `n` captures, each with nested arrays of objects (whose `},` lines are not between captures). */
    private String fixture(int n) {
        ObjectNode root = json.object();
        root.put("ecsTriageFixture", 1);
        root.put("region", "eu-west-1");
        ArrayNode captures = root.putArray("captures");
        for (int i = 0; i < n; i++) {
            ObjectNode c = captures.addObject();
            c.put("command", "aws logs get-log-events --log-group-name /ecs/app" + i);
            ArrayNode events = c.putObject("output").putArray("events");
            for (int e = 0; e < 3; e++) events.addObject().put("message", "line " + e + " of " + i + ": },\n  {").put("timestamp", 1000L * e);
        }
        root.put("after", "the captures");
        return json.pretty(root);
    }

    /**
     * The split read of `text` as a file holds it, its UTF-8 bytes; an ASCII text is read by both readers of the halves
     * (AsciiJson's, and Jackson's it falls back to), which must agree.
     */
    private JsonNode read(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        JsonNode jackson = split.read(utf8, 0, false);
        if (!Ascii.all(utf8, 0)) return jackson;
        JsonNode ascii = split.read(utf8, 0, true);
        assertEquals(jackson, ascii, "AsciiJson's halves against Jackson's");
        return ascii;
    }

    private static int comma(String text) {
        return SplitFixtureRead.commaBetweenCaptures(text.getBytes(StandardCharsets.UTF_8), 0);
    }

    private JsonNode onePass(String text) throws IOException {
        return json.read(text);
    }

    /** The same fixture laid out as Python's json.dump(indent=1) and most tools do: `},` and `{` on lines of their own. */
    private static String oneBracketALine(String jackson) {
        return jackson.replaceAll("\n([ ]*)(\"[a-z]+\" : )\\[ \\{\n", "\n$1$2[\n$1{\n").replaceAll("\n([ ]*)\\}, \\{\n", "\n$1},\n$1{\n");
    }

    @Test
    void anIndentedFixtureReadInTwoHalvesIsTheTreeOneParserReads() throws IOException {
        for (int n : new int[] {2, 3, 50, 301}) {
            for (String text : new String[] {fixture(n), oneBracketALine(fixture(n))}) {
                JsonNode halves = read(text);

                assertNotNull(halves, "split at " + comma(text) + " of " + text);
                assertEquals(onePass(text), halves);
                assertEquals(n, halves.get("captures").size());
            }
        }
    }

    @Test
    void aFixtureWithOtherScriptsAfterAByteOrderMarkSplitsOnItsBytes() throws IOException {
        String text = fixture(50).replace("line 0 of", "ログ 0 of");
        byte[] utf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

        JsonNode halves = split.read(utf8, 3, Ascii.all(utf8, 3));

        assertNotNull(halves);
        assertEquals(onePass(text), halves);
        assertTrue(halves.toString().contains("ログ 0 of"));
    }

    @Test
    void whatDoesNotSplitCleanlyIsLeftToTheOrdinaryRead() throws IOException {
        String text = fixture(40);
        String compact = json.compact(onePass(text));
        int middle = comma(text);

        assertNull(read(compact), "no lines to find the captures by");
        assertNull(read(fixture(1)), "one capture: nothing between two");
        assertNull(read(text + "\n{\"trailing\": true}"), "a second document");
        int after = text.indexOf("\"timestamp\"", middle);
        int before = text.lastIndexOf("\"timestamp\"", middle);
        assertNull(read(text.substring(0, after) + "!" + text.substring(after)), "malformed after the split");
        assertNull(read(text.substring(0, before) + "!" + text.substring(before)), "malformed before it");
        assertNull(read(text.substring(0, text.length() - 1)), "unclosed");
    }

    @Test
    void aGuessInsideACaptureIsRefusedOrReadRight() throws IOException {
        String text = fixture(40);
        // a capture just before the middle whose own array of objects is indented as the captures are: the first
        // `}, {` line after the middle is inside it
        int comma = text.lastIndexOf("\n  }, {", text.length() / 2) + 4;
        String inner = " {\n    \"output\" : [ {\n  \"a\" : 1\n  }, {\n  \"b\" : 2\n  } ]\n  },";
        String filler = "x".repeat(text.length() / 2 - comma);
        String misleading = text.substring(0, comma + 1) + inner.replace("\"a\" : 1", "\"a\" : \"" + filler + "\"")
                + text.substring(comma + 1);
        int guess = comma(misleading);
        assertTrue(guess > comma && guess < comma + inner.length() + filler.length() + 10, "the guess is inside: " + guess);
        assertEquals(40 + 1, onePass(misleading).get("captures").size());

        JsonNode halves = read(misleading);

        assertNull(halves, "the captures did not close at the guess");
    }

    @Test
    void aRepeatedCapturesKeyKeepsItsLastValueAsOneParserDoes() throws IOException {
        String text = fixture(30);
        String twice = text.substring(0, text.lastIndexOf('}')) + ", \"captures\": []\n}";

        JsonNode halves = read(twice);

        assertTrue(halves == null || halves.equals(onePass(twice)), String.valueOf(halves));
        assertEquals(0, onePass(twice).get("captures").size());
    }

    @Test
    void aLargeMalformedFixtureIsRefusedAtTheSameLineAsBefore() {
        StringBuilder big = new StringBuilder(fixture(20_000));
        assertTrue(big.length() > SplitFixtureRead.SPLIT_FROM_CHARS, "large enough to split: " + big.length());
        int at = big.indexOf("\"timestamp\"", big.length() * 3 / 4);
        big.insert(at, "!");
        long line = big.substring(0, at).chars().filter(c -> c == '\n').count() + 1;

        InputException e = assertThrows(InputException.class,
                () -> new InputParser(json).parse(new RawInput("big.json", big.toString())));

        assertTrue(e.getMessage().startsWith("big.json:" + line + ":"), e.getMessage());
    }
}
