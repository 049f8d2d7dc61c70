package io.ecstriage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Pasted text, mangled: the error texts of every rule's corpus and the bundled pasted inputs, cut, spliced, with
 * numbers too large for an int, control characters, brackets and ids inserted, spans dropped or repeated. `diagnose`
 * must end as for a mangled fixture (FuzzRuns). A first run of this kind found a Fargate size too long for an int in a
 * pasted error (exit 4); a review of every number read from text found two more (DigitsTest).
 */
class PastedTextFuzzTest {
    private static List<String> texts;

    @BeforeContainer
    static synchronized void load() {
        if (texts == null) texts = corpus(TestDiagnosis.projectDir());
    }

    @Property(tries = 300, seed = "20261205", shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void mangledTextEndsInAReportOrOneLine(@ForAll("cases") TextCase fuzz) throws IOException {
        check(fuzz);
    }

    /** The longer run, only when asked for ({@code -Dfuzz.tries=N}): cases drawn as the property draws them. */
    @Test
    @EnabledIfSystemProperty(named = "fuzz.tries", matches = "[1-9][0-9]{0,8}")
    void aLongerRunEndsInAReportOrOneLine() throws IOException {
        load();
        FuzzRuns.longerRun("PastedTextFuzzTest", random -> {
            List<TextMutation> mutations = new ArrayList<>();
            TextMutation.Kind[] kinds = TextMutation.Kind.values();
            for (int m = 1 + random.nextInt(5); m > 0; m--) {
                mutations.add(new TextMutation(kinds[random.nextInt(kinds.length)], random.nextInt(Integer.MAX_VALUE), random.nextInt(Integer.MAX_VALUE)));
            }
            return new TextCase(random.nextInt(Integer.MAX_VALUE), mutations);
        }, PastedTextFuzzTest::check);
    }

    private static void check(TextCase fuzz) throws IOException {
        String text = texts.get(fuzz.text() % texts.size());
        for (TextMutation m : fuzz.mutations()) text = m.apply(text, texts);
        FuzzRuns.endsInAReportOrOneLine(text.getBytes(StandardCharsets.UTF_8), List.of("json", "text", "markdown", "brief").get(fuzz.text() % 4),
                fuzz + "\n--- input ---\n" + text);
    }

    @Provide
    Arbitrary<TextCase> cases() {
        Arbitrary<TextMutation> mutation = Combinators.combine(Arbitraries.of(TextMutation.Kind.values()),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as(TextMutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE), mutation.list().ofMinSize(1).ofMaxSize(5))
                .as(TextCase::new);
    }

    record TextCase(int text, List<TextMutation> mutations) {
        @Override
        public String toString() {
            return "text " + text % texts.size() + " of the corpus with " + mutations;
        }
    }

    /** One change to a text; `at` and `variant` pick where and what, so a case is its numbers. */
    record TextMutation(Kind kind, int at, int variant) {
        enum Kind { CUT, SPLICE, INSERT, DROP_SPAN, NUMBERS, REPEAT_SPAN }

        private static final String[] TOKENS = {"\u0000", "\u001b[2J", "\r", "\t", "\n\n", "é", "日本語", "\uD83D\uDE00", "{", "}", "[",
                "]", "\"", ":", ",", "=", "/", "\\", " ", "null", "-1", "99999999999999999999", "arn:aws:ecs:", "sg-", "subnet-",
                "i-", "task/", "exit code: ", "port ", "CPU, ", " memory"};

        String apply(String text, List<String> corpus) {
            int n = text.length();
            int p = n == 0 ? 0 : at % (n + 1);
            return switch (kind) {
                case CUT -> text.substring(0, p);
                case SPLICE -> text + "\n" + corpus.get(variant % corpus.size());
                case INSERT -> text.substring(0, p) + TOKENS[variant % TOKENS.length] + text.substring(p);
                case DROP_SPAN -> text.substring(0, p) + text.substring(Math.min(n, p + 1 + variant % 40));
                case NUMBERS -> text.replaceAll("[0-9]+", variant % 2 == 0 ? "0" : "4294967296");
                case REPEAT_SPAN -> text.substring(0, p) + text.substring(p, Math.min(n, p + variant % 120)) + text.substring(p);
            };
        }
    }

    /** Every rule's corpus texts (text, message, excerpt, line) and the bundled pasted inputs, each once. */
    static List<String> corpus(Path root) {
        ObjectMapper mapper = new ObjectMapper();
        TreeSet<String> out = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(root.resolve("rules")), Files.list(root.resolve("fixtures/pasted")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.equals("corpus.json")) collect(mapper.readTree(f.toFile()), out);
                else if (f.getParent().endsWith("pasted")) out.add(Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() < 50) throw new IllegalStateException("only " + out.size() + " texts under " + root);
        return List.copyOf(out);
    }

    private static void collect(JsonNode n, TreeSet<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && List.of("text", "message", "excerpt", "line").contains(e.getKey())) out.add(e.getValue().asText());
                else collect(e.getValue(), out);
            });
        } else if (n.isArray()) {
            n.forEach(v -> collect(v, out));
        }
    }
}
