package io.ecstriage.cli;

import static io.ecstriage.cli.JsonMutation.Kind.DROP;
import static io.ecstriage.cli.JsonMutation.Kind.DUPLICATE;
import static io.ecstriage.cli.JsonMutation.Kind.RETYPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @BeforeContainer
    static synchronized void load() {
        if (fixtures == null) fixtures = FuzzFixtures.discover(TestDiagnosis.projectDir());
    }

    @Property(tries = 400, seed = "20261204", shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void mutatedFixturesEndInAReportOrOneLine(@ForAll("cases") FuzzCase fuzz) throws IOException {
        check(fuzz);
    }

    /** The longer run, only when asked for ({@code -Dfuzz.tries=N}): cases drawn as the property draws them. */
    @Test
    @EnabledIfSystemProperty(named = "fuzz.tries", matches = "[1-9][0-9]{0,8}")
    void aLongerRunEndsInAReportOrOneLine() throws IOException {
        load();
        FuzzRuns.longerRun("FixtureFuzzTest", random -> {
            List<JsonMutation> mutations = new ArrayList<>();
            JsonMutation.Kind[] kinds = JsonMutation.Kind.values();
            for (int m = 1 + random.nextInt(6); m > 0; m--) {
                mutations.add(new JsonMutation(kinds[random.nextInt(kinds.length)], random.nextInt(Integer.MAX_VALUE), random.nextInt(65)));
            }
            return new FuzzCase(random.nextInt(Integer.MAX_VALUE), mutations);
        }, FixtureFuzzTest::check);
    }

    /** Found by a longer run (seed 40892914946298, try 2481): a fix changing a container's image, whose task definition lost its ARN. */
    @Test
    void aContainerDefinitionWithoutItsTaskDefinitionArnEndsInAReport() throws IOException {
        checkFound("seed000-ecr-region-mismatch", m(DUPLICATE, 255055727, 39), m(DUPLICATE, 922531667, 60), m(DROP, 2097763056, 18),
                m(RETYPE, 2124234181, 28), m(RETYPE, 1353549933, 12));
    }

    /** Found by a longer run (seed 72040657764524, try 16731): a subnet listed twice, once without its zone (TaskZoneNotInLoadBalancer sorted a null zone). */
    @Test
    void aSubnetListedTwiceOnceWithoutItsZoneEndsInAReport() throws IOException {
        checkFound("TaskZoneNotInLoadBalancer/fires-task-zone-outside-balancer", m(DUPLICATE, 601426894, 12), m(DROP, 621460844, 57),
                m(DROP, 314290333, 2), m(DUPLICATE, 1865461221, 28), m(DROP, 1610273084, 62), m(DROP, 1983939852, 22));
    }

    /** Found by a longer run (seed 72508413443414, try 5526): an attached policy listed without its name (its names were sorted). */
    @Test
    void anAttachedPolicyWithoutItsNameEndsInAReport() throws IOException {
        checkFound("seed002-image-pull/snapshot", m(RETYPE, 1441985851, 7), m(DUPLICATE, 29755082, 51), m(RETYPE, 1915938117, 8),
                m(DUPLICATE, 1070904571, 29), m(RETYPE, 1787078633, 23), m(DROP, 2131089911, 27));
    }

    private static JsonMutation m(JsonMutation.Kind kind, int target, int variant) {
        return new JsonMutation(kind, target, variant);
    }

    /** A case a longer run found: the bundled fixture whose path holds `fixture`, so mutated. */
    private static void checkFound(String fixture, JsonMutation... mutations) throws IOException {
        load();
        Path found = fixtures.stream().filter(p -> p.toString().contains(fixture)).findFirst().orElseThrow();
        check(new FuzzCase(fixtures.indexOf(found), List.of(mutations)));
    }

    private static void check(FuzzCase fuzz) throws IOException {
        JsonNode original = MAPPER.readTree(fixtures.get(fuzz.fixture() % fixtures.size()).toFile());
        JsonNode mutated = fuzz.mutations().stream().reduce(original, (tree, m) -> m.apply(tree), (a, b) -> b);
        FuzzRuns.endsInAReportOrOneLine(MAPPER.writeValueAsBytes(mutated), List.of("json", "text", "markdown").get(fuzz.fixture() % 3), fuzz);
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
