package io.ecstriage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JsonTrees stands in for ObjectMapper: the same trees from the same text, the same text from the same tree. */
class JsonTreesTest {
    private final JsonTrees json = new JsonTrees();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void readsAndWritesEveryBundledFixtureAsObjectMapperDoes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("fixtures", "rules")) {
            try (Stream<Path> s = Files.walk(TestDiagnosis.projectDir().resolve(root))) {
                s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        assertEquals(true, files.size() > 50, "fixtures found: " + files.size());
        for (Path f : files) {
            String text = Files.readString(f);
            JsonNode expected = mapper.readTree(text);
            JsonNode actual = json.read(text);
            assertEquals(expected, actual, f.toString());
            assertEquals(mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(expected),
                    json.pretty(actual), f + " (indented)");
            assertEquals(mapper.writeValueAsString(expected), json.compact(actual), f + " (compact)");
        }
    }

    @Test
    void numbersKeepTheirKinds() throws IOException {
        JsonNode n = json.read("{\"i\": 7, \"l\": 12345678901, \"b\": 123456789012345678901234, \"d\": 1.5e3, \"t\": true, \"z\": null}");
        assertEquals(mapper.readTree(n.toString()), n);
        assertEquals(true, n.get("i").isInt());
        assertEquals(true, n.get("l").isLong());
        assertEquals(true, n.get("b").isBigInteger());
        assertEquals(true, n.get("d").isDouble());
        assertEquals("{\"i\":7,\"l\":12345678901,\"b\":123456789012345678901234,\"d\":1500.0,\"t\":true,\"z\":null}", json.compact(n));
    }

    @Test
    void aRepeatedKeyKeepsItsLastValueAndEmptyInputIsNull() throws IOException {
        assertEquals("2", json.read("{\"a\": 1, \"a\": 2}").get("a").asText());
        assertNull(json.read(""));
        assertNull(json.read("   \n"));
    }

    @Test
    void toJavaGivesWhatConvertValueGives() throws IOException {
        String text = "{\"Port\": 80, \"Big\": 12345678901, \"Ratio\": 0.5, \"On\": false, \"None\": null,"
                + " \"List\": [\"a\", {\"b\": [1]}], \"Nested\": {\"k\": \"v\"}}";
        assertEquals(mapper.convertValue(mapper.readTree(text), Map.class), JsonTrees.toJava(json.read(text)));
    }

    @Test
    void malformedAndTooDeepInputFailLikeTheParserDoes() {
        assertThrows(JsonParseException.class, () -> json.read("{\"a\": [1, 2}"));
        assertThrows(StreamConstraintsException.class, () -> json.read("[".repeat(5000) + "]".repeat(5000)));
    }
}
