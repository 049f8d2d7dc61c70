package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * Drops, retypes and duplicates fields of every bundled fixture and runs `diagnose` on the result: it must end in
 * exit 0 or 1 with a complete report, or exit 2 with one line on stderr; never an internal error.
 * The CI budget is the tries below (fixed seed). A longer run draws its cases from a seed of its own (printed, or
 * {@code -Dfuzz.seed=S} to repeat one): {@code mvn -B -o test -DskipITs -Dtest=FixtureFuzzTest -Dfuzz.tries=20000}
 * (see docs/reliability.md). jqwik's own {@code jqwik.tries.default} cannot lengthen it: the property fixes its tries.
 */
class FixtureFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static List<Path> fixtures;
    private static App app;

    @BeforeContainer
    static synchronized void load() {
        if (app != null) return;
        fixtures = FuzzFixtures.discover(TestDiagnosis.projectDir());
        app = new App(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), InputStream.nullInputStream(), Cli.PIPE);
        app.preloadRuleBase();
    }

    @Property(tries = 400, seed = "20261204", shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void mutatedFixturesEndInAReportOrOneLine(@ForAll("cases") FuzzCase fuzz) throws IOException {
        check(fuzz);
    }

    /** The longer run, only when asked for: {@code -Dfuzz.tries=N}, cases drawn as the property draws them, from {@code fuzz.seed}. */
    @Test
    @EnabledIfSystemProperty(named = "fuzz.tries", matches = "[1-9][0-9]{0,8}")
    void aLongerRunEndsInAReportOrOneLine() throws IOException {
        load();
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int tries = Integer.getInteger("fuzz.tries");
        System.out.println("FixtureFuzzTest: " + tries + " tries, -Dfuzz.seed=" + seed + " repeats them");
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            List<JsonMutation> mutations = new ArrayList<>();
            for (int m = 1 + random.nextInt(6); m > 0; m--) {
                JsonMutation.Kind[] kinds = JsonMutation.Kind.values();
                mutations.add(new JsonMutation(kinds[random.nextInt(kinds.length)], random.nextInt(Integer.MAX_VALUE), random.nextInt(65)));
            }
            FuzzCase fuzz = new FuzzCase(random.nextInt(Integer.MAX_VALUE), mutations);
            try {
                check(fuzz);
            } catch (AssertionError e) {
                throw new AssertionError("try " + (i + 1) + " of -Dfuzz.seed=" + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static void check(FuzzCase fuzz) throws IOException {
        JsonNode original = MAPPER.readTree(fixtures.get(fuzz.fixture() % fixtures.size()).toFile());
        JsonNode mutated = fuzz.mutations().stream().reduce(original, (tree, m) -> m.apply(tree), (a, b) -> b);
        Path file = Files.createTempFile("fuzz", ".json");
        try {
            Files.writeString(file, MAPPER.writeValueAsString(mutated));
            String format = List.of("json", "text", "markdown").get(fuzz.fixture() % 3);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] args = {"diagnose", "--fixture", file.toString(), "--format", format, "--color", "never"};
            int exit = Main.commandLine(app.withWriters(new PrintWriter(out, true), new PrintWriter(err, true)), args).execute(args);
            String what = fuzz + "\nexit " + exit + "\n" + err;
            assertTrue(exit == 0 || exit == 1 || exit == 2, what);
            if (exit == 2) {
                assertEquals(1, err.toString().lines().filter(l -> !l.startsWith("warning: ")).count(), what);
                return;
            }
            assertFalse(out.toString().isBlank(), what);
            if (format.equals("json")) {
                JsonNode report = MAPPER.readTree(out.toString());
                assertTrue(report.path("findings").isArray(), what);
                assertEquals(exit == 1, report.path("problemsFound").asBoolean(), what);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        Arbitrary<JsonMutation> mutation = Combinators.combine(Arbitraries.of(JsonMutation.Kind.values()),
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 64))
                .as(JsonMutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE), mutation.list().ofMinSize(1).ofMaxSize(6))
                .as(FuzzCase::new);
    }

    record FuzzCase(int fixture, List<JsonMutation> mutations) {
        @Override
        public String toString() {
            return "fixture " + fixtures.get(fixture % fixtures.size()) + " with " + mutations;
        }
    }

    /** The bundled fixtures: scenario snapshots under fixtures/ and rule fixtures under rules/<category>/<Id>. */
    static final class FuzzFixtures {
        private FuzzFixtures() {}

        static List<Path> discover(Path root) {
            try (Stream<Path> files = Stream.of(root.resolve("fixtures"), root.resolve("rules")).filter(Files::isDirectory)
                    .flatMap(FuzzFixtures::walk)) {
                List<Path> found = files.filter(p -> {
                    String name = p.getFileName().toString();
                    boolean ruleFixture = (name.startsWith("fires-") || name.startsWith("quiet-")) && name.endsWith(".json");
                    boolean scenario = name.equals("snapshot.json") && p.getParent().getParent().getFileName().toString().equals("scenarios");
                    return ruleFixture || scenario;
                }).sorted().toList();
                if (found.size() < 50) throw new IllegalStateException("only " + found.size() + " fixtures under " + root);
                return found;
            }
        }

        private static Stream<Path> walk(Path dir) {
            try {
                return Files.walk(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
