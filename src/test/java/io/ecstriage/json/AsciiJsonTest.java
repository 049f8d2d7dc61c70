package io.ecstriage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * AsciiJson against Jackson's read ({@link JsonTrees#read}): whatever it reads is the tree Jackson reads, node classes
 * included, and whatever Jackson refuses it leaves to Jackson. The properties have fixed seeds, as the fuzz tests' CI
 * budget does; a longer run raises their tries (300,000 edited texts passed once, docs/reliability.md, twelfth round).
 */
class AsciiJsonTest {
    private final JsonTrees json = new JsonTrees();

    /** AsciiJson's tree of the whole text, or null when it leaves the text to Jackson. */
    private static JsonNode ascii(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            AsciiJson in = new AsciiJson(bytes, 0, bytes.length);
            JsonNode value = in.value();
            return in.peek() == -1 ? value : null;
        } catch (AsciiJson.Unread e) {
            return null;
        }
    }

    /** Jackson's tree of the whole text, or null when it refuses the text. */
    private JsonNode jackson(String text) {
        try (JsonParser p = json.parser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            JsonNode value = json.read(p);
            return value != null && p.nextToken() == null ? value : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void sameAsJackson(String text) {
        JsonNode read = ascii(text);
        assertNotNull(read, "read: " + text);
        assertEquals(jackson(text), read, text);
        assertEquals(jackson(text).toString(), read.toString(), "node types: " + text);
    }

    private void leftToJackson(String text) {
        assertNull(ascii(text), text);
    }

    @Property(tries = 400, seed = "20261205")
    void readsGeneratedJsonAsJacksonDoes(@ForAll long seed) {
        Random random = new Random(seed);
        String text = ws(random) + value(random, 0) + ws(random);

        sameAsJackson(text);
    }

    /** The property that keeps it safe: an edited text is either read as Jackson reads it or left to Jackson. */
    @Property(tries = 2000, seed = "20261205")
    void neverReadsWhatJacksonRefusesNorReadsItOtherwise(@ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(value(random, 0));
        String edits = "{}[],:\"\\ -+.0e9Et1fnx/u\u0001\u007f\u00e9\n";
        for (int k = random.nextInt(3) + 1; k > 0 && text.length() > 0; k--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, edits.charAt(random.nextInt(edits.length())));
                case 1 -> text.deleteCharAt(at);
                default -> text.setCharAt(at, edits.charAt(random.nextInt(edits.length())));
            }
        }
        JsonNode read = ascii(text.toString());
        if (read != null) {
            JsonNode expected = jackson(text.toString());
            assertNotNull(expected, "read what Jackson refuses: " + text);
            assertEquals(expected.toString(), read.toString(), text.toString());
            assertEquals(expected, read, text.toString());
        }
    }

    @Test
    void integersAreIntsWhereTheyFitAndLongsUpToEighteenDigits() {
        for (String n : new String[] {"0", "-0", "7", "-12", "2147483647", "-2147483648", "2147483648", "-2147483649",
                "999999999", "1000000000", "123456789012345678", "-123456789012345678", "1763632800000"}) {
            sameAsJackson(n);
            sameAsJackson("[" + n + "]");
        }
        assertTrue(ascii("2147483647") instanceof IntNode);
        assertTrue(ascii("2147483648") instanceof LongNode);
        assertTrue(ascii("-2147483648") instanceof IntNode);
        leftToJackson("1234567890123456789"); // nineteen digits: Jackson decides long or BigInteger
        leftToJackson("-99999999999999999999");
    }

    @Test
    void fractionsAndExponentsAreDoublesParsedFromTheirText() {
        for (String n : new String[] {"0.5", "-0.0", "1e5", "1E+2", "2e-3", "12.5e+10", "1e400", "3.141592653589793238462643"}) {
            sameAsJackson(n);
        }
        assertTrue(ascii("1e5") instanceof DoubleNode);
    }

    @Test
    void numbersJsonDoesNotAllowAreLeftToJackson() {
        for (String n : new String[] {"01", "-01", "+1", ".5", "1.", "1.e5", "1e", "1e+", "-", "1x", "0x10", "NaN",
                "Infinity", "1.2.3", "--1"}) {
            leftToJackson(n);
            leftToJackson("[" + n + "]");
        }
    }

    @Test
    void stringsAreReadWithEveryEscapeJsonHas() {
        sameAsJackson("\"plain text\"");
        sameAsJackson("\"\"");
        sameAsJackson("\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"");
        sameAsJackson("\"caf\\u00e9 \\u30ed\\u30b0 \\ud83d\\ude00\"");
        sameAsJackson("\"a lone \\ud83d surrogate\"");
        sameAsJackson("\"\\u0041\\u004a\"");
        assertEquals("Task failed ELB health checks", ascii("\"Task failed ELB health checks\"").asText());
    }

    @Test
    void whatJacksonRefusesOrReadsBeyondAsciiIsLeftToIt() {
        leftToJackson("\"caf\u00e9\"");          // a byte above ASCII: Jackson decodes UTF-8
        leftToJackson("\"tab\there\"");           // a raw control character
        leftToJackson("\"\\x41\"");               // not a JSON escape
        leftToJackson("\"\\u12\"");
        leftToJackson("\"unclosed");
        leftToJackson("truex");
        leftToJackson("nul");
        leftToJackson("[1,]");
        leftToJackson("{\"a\":1,}");
        leftToJackson("{'a':1}");
        leftToJackson("{a:1}");
        leftToJackson("[1 2]");
        leftToJackson("// comment\n1");
        leftToJackson("");
        leftToJackson("{\"na\\u006de\":1}"); // an escaped name: Jackson checks its surrogates
        leftToJackson("{\"\\ude00\":1}");
    }

    @Test
    void objectsKeepFieldOrderAndARepeatedNameKeepsItsLastValueInItsFirstPlace() {
        sameAsJackson("{\"b\":1,\"a\":2,\"b\":3}");
        assertEquals("{\"b\":3,\"a\":2}", ascii("{\"b\":1,\"a\":2,\"b\":3}").toString());
        sameAsJackson(" {\n \"a\" : [ ] ,\t\"b\" : { } ,\r\n \"c\" : [ true , false , null ] } ");
    }

    @Test
    void namesAreInternedAsJacksonsAre() {
        JsonNode read = ascii("[{\"message\":\"a\"},{\"message\":\"b\"},{\"message\":\"c\"}]");

        // the readers look fields up by constants: an interned name is found by identity
        for (JsonNode e : read) assertSame("message", e.fieldNames().next());
    }

    @Test
    void nestingFarBelowJacksonsLimitIsReadAndDeeperIsLeftToIt() {
        sameAsJackson("[".repeat(150) + "]".repeat(150));
        leftToJackson("[".repeat(400) + "]".repeat(400));
        leftToJackson("{\"a\":".repeat(400) + "1" + "}".repeat(400));
    }

    @Test
    void manyNamesGrowTheTableOfNames() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < 5000; i++) text.append(i == 0 ? "" : ",").append("\"field").append(i).append("\":").append(i);
        sameAsJackson(text.append('}').toString());
    }

    // --- generated JSON: ASCII text, every escape, varied white space, numbers AsciiJson reads ---

    private static String value(Random r, int depth) {
        int kind = r.nextInt(depth >= 4 ? 5 : 7);
        return switch (kind) {
            case 0 -> string(r);
            case 1 -> Integer.toString(r.nextInt());
            case 2 -> Long.toString(r.nextLong() % 1_000_000_000_000_000_000L);
            case 3 -> new String[] {"0.5", "-0.0", "1e5", "2E-3", "12.5e+10", "3.25", "-7.0E2"}[r.nextInt(7)];
            case 4 -> new String[] {"true", "false", "null", "0", "-0"}[r.nextInt(5)];
            case 5 -> {
                StringBuilder o = new StringBuilder("{");
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    if (i > 0) o.append(ws(r)).append(',');
                    o.append(ws(r)).append(r.nextInt(4) == 0 ? "\"" + "k_-:/. Z9".substring(r.nextInt(9)) + "\"" : "\"k" + r.nextInt(6) + "\"").append(ws(r)).append(':')
                            .append(ws(r)).append(value(r, depth + 1));
                }
                yield o.append(ws(r)).append('}').toString();
            }
            default -> {
                StringBuilder a = new StringBuilder("[");
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    if (i > 0) a.append(ws(r)).append(',');
                    a.append(ws(r)).append(value(r, depth + 1));
                }
                yield a.append(ws(r)).append(']').toString();
            }
        };
    }

    private static String string(Random r) {
        String pool = "ab Z09-_:/.{}[],\"\\\n\t\b\f\r\u0001\u00e9\u30ed";
        StringBuilder s = new StringBuilder("\"");
        for (int n = r.nextInt(12); n > 0; n--) {
            char c = pool.charAt(r.nextInt(pool.length()));
            boolean escapeAnyway = r.nextInt(6) == 0;
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                case '\r' -> s.append("\\r");
                case '/' -> s.append(escapeAnyway ? "\\/" : "/");
                default -> s.append(c < 0x20 || c > 0x7e || escapeAnyway ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        if (r.nextInt(10) == 0) s.append("\\ud83d\\ude00");
        return s.append('"').toString();
    }

    private static String ws(Random r) {
        return new String[] {"", "", " ", "\n  ", "\t", "\r\n"}[r.nextInt(6)];
    }
}
