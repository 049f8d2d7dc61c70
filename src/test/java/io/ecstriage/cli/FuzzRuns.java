package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Function;

/** What each fuzz test asks of one diagnosis of a mangled input, and the longer run they share (docs/reliability.md). */
final class FuzzRuns {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static App app;

    private FuzzRuns() {}

    /** One rule base for every try of every fuzz test: a fresh App per try would build it each time. */
    static synchronized App app() {
        if (app == null) {
            app = new App(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), InputStream.nullInputStream(), Cli.PIPE);
            app.preloadRuleBase();
        }
        return app;
    }

    /** `diagnose` on `input` (bytes as a user's file holds them) ends in exit 0 or 1 with a complete report, or exit 2 with one line. */
    static void endsInAReportOrOneLine(byte[] input, String format, Object what) throws IOException {
        Path file = Files.createTempFile("fuzz", ".input");
        try {
            Files.write(file, input);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] args = {"diagnose", "--fixture", file.toString(), "--format", format, "--color", "never"};
            int exit = Main.commandLine(app().withWriters(new PrintWriter(out, true), new PrintWriter(err, true)), args).execute(args);
            String why = what + "\nexit " + exit + "\n" + err;
            assertTrue(exit == 0 || exit == 1 || exit == 2, why);
            if (exit == 2) {
                assertEquals(1, err.toString().lines().filter(l -> !l.startsWith("warning: ")).count(), why);
                return;
            }
            assertFalse(out.toString().isBlank(), why);
            if (format.equals("json")) {
                JsonNode report = MAPPER.readTree(out.toString());
                assertTrue(report.path("findings").isArray(), why);
                assertEquals(exit == 1, report.path("problemsFound").asBoolean(), why);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    interface Check<C> {
        void run(C fuzzCase) throws IOException;
    }

    /**
     * The longer run a fuzz test makes when asked (-Dfuzz.tries=N): cases drawn by `draw` from -Dfuzz.seed, or from a
     * fresh seed that a failure names (jqwik's own tries cannot lengthen a property that fixes its tries and seed).
     */
    static <C> void longerRun(String test, Function<SplittableRandom, C> draw, Check<C> check) throws IOException {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int tries = Integer.getInteger("fuzz.tries");
        System.out.println(test + ": " + tries + " tries, -Dfuzz.seed=" + seed + " repeats them");
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            C fuzzCase = draw.apply(random);
            try {
                check.run(fuzzCase);
            } catch (AssertionError e) {
                throw new AssertionError(test + ": try " + (i + 1) + " of -Dfuzz.seed=" + seed + ": " + e.getMessage(), e);
            }
        }
    }
}
