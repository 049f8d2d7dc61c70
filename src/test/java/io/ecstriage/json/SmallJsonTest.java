package io.ecstriage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** SmallJson gives the trees Jackson's readTree gives, and refuses what Jackson refuses. */
class SmallJsonTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** readTree alone ignores what follows the first value; SmallJson refuses it. */
    static final ObjectMapper STRICT = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** JSON texts made of the pieces AWS answers hold: escapes, non-ASCII, numbers of every size and form, nesting. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> strings = Arbitraries.strings().withCharRange('\u0000', '\u00ff').withChars('"', '\\', '/', '\u2019', '\u20ac')
                .ofMaxLength(12).map(s -> {
                    try {
                        return MAPPER.writeValueAsString(s); // escaped as JSON escapes, \\u0001 included
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(30)), new java.math.BigInteger("1" + "0".repeat(30))).map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf).filter(d -> !d.contains("Infinity") && !d.contains("NaN")),
                Arbitraries.of("0", "-0", "0.5", "-0.0", "1e3", "1E+3", "2.5e-3", "1733385600.123", "2147483648", "-2147483649",
                        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e400"));
        Arbitrary<String> scalars = Arbitraries.oneOf(strings, numbers, Arbitraries.of("true", "false", "null"));
        return Arbitraries.recursive(() -> scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]"),
                Arbitraries.maps(strings, inner).ofMaxSize(4).map(m -> {
                    StringBuilder b = new StringBuilder("{");
                    m.forEach((k, v) -> b.append(b.length() > 1 ? ",\n " : "").append(k).append(" :").append(v));
                    return b.append('}').toString();
                })), 4);
    }

    @Property(tries = 600, seed = "20261205")
    void readsWhatJacksonReadsAsJacksonReadsIt(@ForAll("documents") String text) throws IOException {
        assertEquals(MAPPER.readTree(text), SmallJson.read(text), text);
        assertEquals(new JsonTrees().read(text), SmallJson.read(" \t\r\n" + text + "\n "));
    }

    @Test
    void numberKindsFollowJacksons() throws IOException {
        for (String n : List.of("7", "-2147483648", "2147483648", "9223372036854775807", "9223372036854775808", "1.5", "1e2", "-0")) {
            JsonNode mine = SmallJson.read(n);
            JsonNode theirs = MAPPER.readTree(n);
            assertEquals(theirs.getNodeType(), mine.getNodeType(), n);
            assertEquals(theirs.numberType(), mine.numberType(), n);
            assertEquals(theirs, mine, n);
        }
    }

    @Test
    void numbersAsTextKeepTheirDigits() throws IOException {
        JsonNode tree = SmallJson.read("{\"createdAt\": 1733385600.123456789, \"cpu\": 256, \"big\": 1.0E+3}", true);
        assertEquals("1733385600.123456789", tree.get("createdAt").textValue());
        assertEquals("256", tree.get("cpu").textValue());
        assertEquals("1.0E+3", tree.get("big").textValue());
    }

    @Test
    void refusesWhatJacksonRefuses() {
        for (String bad : List.of("{", "[1,]", "{\"a\":1,}", "{'a':1}", "{a:1}", "[01]", "[1.]", "[.5]", "[-]", "[1e]", "[+1]",
                "\"tab\tinside\"", "\"\\x\"", "\"\\u12G4\"", "[tru]", "[NaN]", "{\"a\" 1}", "[1 2]", "\"open", "[\"a\"\n", "{} {}", "[1]]")) {
            assertThrows(IOException.class, () -> STRICT.readTree(bad), "Jackson: " + bad);
            IOException e = assertThrows(IOException.class, () -> SmallJson.read(bad), bad);
            assertTrue(e.getMessage().startsWith("not JSON: ") && e.getMessage().contains(" at offset "), e.getMessage());
        }
    }

    @Test
    void blankIsNothingAndDeepNestingIsRefusedNotAStackOverflow() throws IOException {
        assertNull(SmallJson.read(""));
        assertNull(SmallJson.read(" \n\t"));
        assertEquals(SmallJson.MAX_DEPTH, depth(SmallJson.read("[".repeat(SmallJson.MAX_DEPTH + 1) + "]".repeat(SmallJson.MAX_DEPTH + 1))));
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThrows(IOException.class, () -> SmallJson.read(deep));
    }

    private static int depth(JsonNode n) {
        int d = 0;
        while (n.size() > 0) {
            n = n.get(0);
            d++;
        }
        return d;
    }
}
