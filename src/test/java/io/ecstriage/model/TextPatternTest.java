package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The literal prefilter of `says` must never change an answer of the regex it guards. */
class TextPatternTest {

    @Test
    void eachAlternativeContributesALiteralItsEveryMatchContains() {
        assertArrayEquals(new String[] {"exit", "oomkilled"}, TextPattern.requiredLiterals("exit ?code:? ?137|oomkilled"));
        assertArrayEquals(new String[] {"invalid character "}, TextPattern.requiredLiterals("invalid character .{0,40}looking"));
        assertArrayEquals(new String[] {"parameters:"}, TextPattern.requiredLiterals("parameters: ?\\[[^\\]]*\\] must have values"));
        assertArrayEquals(new String[] {"a", "b"}, TextPattern.requiredLiterals("a(x|y)|b[|]"));
        assertArrayEquals(new String[] {"ssm", "asm"}, TextPattern.requiredLiterals("(ssm|asm) secret"));
        assertArrayEquals(new String[] {"error", "failed"}, TextPattern.requiredLiterals("error|.*failed"));
        assertArrayEquals(new String[] {"context canceled"}, TextPattern.requiredLiterals("^([^|]*\\| )?(cannotpull: )?context canceled\\.?$"));
        assertArrayEquals(new String[] {"b"}, TextPattern.requiredLiterals("a?b"));
        assertNotNull(TextPattern.requiredLiterals(NetworkTexts.ANY_AWS_TIMEOUT), "the pull/secrets timeout texts start with groups");
        assertArrayEquals(new String[] {"ab", "e"}, TextPattern.requiredLiterals("ab(?!c).*d|e"));
        assertArrayEquals(new String[] {"ab"}, TextPattern.requiredLiterals("(?=x)ab"));
        assertArrayEquals(new String[] {"deny in a", "no ", "deny in a"},
                TextPattern.requiredLiterals("(?:deny in an? |no )(x|y)|deny in an? (z)"), "a group that does not capture");
        assertArrayEquals(new String[] {"d", "ab", "c"}, TextPattern.requiredLiterals("(?:ab|c)?d|(?:ab|c)"), "an optional one supplies none, d does");
    }

    @Test
    void anAlternativeWithoutARequiredLiteralOrAnInlineFlagTurnsTheFilterOff() {
        assertNull(TextPattern.requiredLiterals("error|.*"));
        assertNull(TextPattern.requiredLiterals("a?"));
        assertNull(TextPattern.requiredLiterals("(a|)x?"));
        assertNull(TextPattern.requiredLiterals("ab(?i)c|DEF"));
        assertNull(TextPattern.requiredLiterals("abc|"));
        assertNull(TextPattern.requiredLiterals("\\d+"));
    }

    @Test
    void everyRulePatternAnswersAsItsRegexDoesOnEveryCorpusText() throws IOException {
        List<String> patterns = rulePatterns();
        List<String> texts = corpusTexts();
        assertTrue(patterns.size() > 50 && texts.size() > 100, patterns.size() + " patterns, " + texts.size() + " texts");
        int matches = 0;
        for (String regex : patterns) {
            TextPattern filtered = new TextPattern(regex);
            Pattern plain = Pattern.compile(regex);
            for (String text : texts) {
                String norm = TextSignal.normalize(text);
                boolean expected = plain.matcher(norm).find();
                assertEquals(expected, new TextScan(norm).says(filtered), regex + " on " + norm);
                if (expected) matches++;
            }
        }
        assertTrue(matches > 100, "the corpus exercises the matching side too: " + matches);
    }

    /** The string literals of ErrorTexts and every `says("...")` in the rules. */
    private static List<String> rulePatterns() throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (var f : fieldsOf(ErrorTexts.class, NetworkTexts.class, PlacementTexts.class)) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    out.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        Pattern says = Pattern.compile("says\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = says.matcher(Files.readString(drl));
                while (m.find()) out.add(m.group(1).replace("\\\\", "\\"));
            }
        }
        return new ArrayList<>(out);
    }

    private static List<java.lang.reflect.Field> fieldsOf(Class<?>... types) {
        return Stream.of(types).flatMap(t -> Stream.of(t.getFields())).toList();
    }

    private static List<String> corpusTexts() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path corpus : files.filter(p -> p.getFileName().toString().equals("corpus.json")).toList()) {
                for (JsonNode entry : mapper.readTree(corpus.toFile())) out.add(entry.path("text").asText());
            }
        }
        return out;
    }
}
