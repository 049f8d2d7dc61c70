package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.ecstriage.GeneratedFiles;
import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import io.ecstriage.json.JsonTrees;

/**
 * Every fixtures/scenarios/NAME/snapshot.json, diagnosed, must print exactly expected-report.txt (the text
 * report as `--color never` prints it) and expected-report.json. The input is named as `ecs-triage diagnose
 * --fixture fixtures/scenarios/NAME/snapshot.json` names it when run from the project root, so the files
 * can also be made by hand that way.
 *
 * <p>Regenerate with {@value #HOW_TO_UPDATE}, then review the diff before committing it.
 */
class GoldenReportTest {
    static final String TEXT = "expected-report.txt";
    static final String JSON = "expected-report.json";
    static final String HOW_TO_UPDATE = GeneratedFiles.HOW_TO_REGENERATE;

    static boolean updating() {
        return GeneratedFiles.regenerating();
    }

    private static boolean isOn(String v) {
        return GeneratedFiles.isOn(v);
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        Path project = TestDiagnosis.projectDir();
        Path root = project.resolve("fixtures/scenarios");
        List<Path> dirs;
        try (Stream<Path> s = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("snapshot.json"))).sorted().toList();
        }
        if (dirs.isEmpty()) {
            return Stream.of(dynamicTest("scenarios exist", () -> fail("no fixtures/scenarios/*/snapshot.json under " + project
                    + " (is ecstriage.projectDir right?)")));
        }
        boolean update = updating();
        return dirs.stream().map(dir -> dynamicTest(dir.getFileName().toString(), dir.resolve("snapshot.json").toUri(),
                () -> check(project, dir, update)));
    }

    private static void check(Path project, Path dir, boolean update) {
        Path snapshot = dir.resolve("snapshot.json");
        String name = project.relativize(snapshot).toString().replace('\\', '/');
        Report report = TestDiagnosis.diagnoseFile(snapshot, name);
        String text = render(new TextRenderer(false), report);
        String json = render(new JsonRenderer(new JsonTrees()), report);
        assertAll(name,
                () -> Golden.verify(dir.resolve(TEXT), text, update),
                () -> Golden.verify(dir.resolve(JSON), json, update));
    }

    static String render(Renderer renderer, Report report) {
        StringWriter out = new StringWriter();
        renderer.render(report, new PrintWriter(out));
        return out.toString();
    }

    /** Compares or (when updating) writes one golden file; line endings do not count. */
    static final class Golden {
        private Golden() {}

        static void verify(Path file, String actual, boolean update) {
            GeneratedFiles.verify(file, actual, update);
        }
    }

    /** The switch and the comparison themselves, on a scratch directory. */
    @Nested
    class GoldenFiles {
        @TempDir
        Path dir;

        @Test
        void missingFileFailsAndSaysHowToGenerateIt() {
            Path file = dir.resolve(TEXT);

            AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Golden.verify(file, "report\n", false));

            assertTrue(e.getMessage().contains("missing generated file " + file), e.getMessage());
            assertTrue(e.getMessage().contains("-Decstriage.updateGolden=true"), e.getMessage());
            assertTrue(e.getMessage().contains("ECSTRIAGE_UPDATE_GOLDEN=1"), e.getMessage());
            assertTrue(Files.notExists(file), "nothing is written unless asked");
        }

        @Test
        void updateWritesTheFileAndPasses() throws IOException {
            Path file = dir.resolve(JSON);

            Golden.verify(file, "{\r\n  \"a\" : 1\r\n}\r\n", true);

            assertEquals("{\n  \"a\" : 1\n}\n", Files.readString(file));
            Golden.verify(file, "{\n  \"a\" : 1\n}\n", false);
        }

        @Test
        void updateReplacesAStaleFile() throws IOException {
            Path file = Files.writeString(dir.resolve(TEXT), "old\n");

            Golden.verify(file, "new\n", true);

            assertEquals("new\n", Files.readString(file));
        }

        @Test
        void lineEndingsDoNotCount() throws IOException {
            Path file = Files.writeString(dir.resolve(TEXT), "line one\r\nline two\r\n");

            Golden.verify(file, "line one\nline two\n", false);
            Golden.verify(file, "line one\r\nline two\r\n", false);
        }

        @Test
        void anyOtherDifferenceFails() throws IOException {
            Path file = Files.writeString(dir.resolve(TEXT), "#1 LogGroupMissing  HIGH  confidence 0.90\n");

            AssertionFailedError e = assertThrows(AssertionFailedError.class,
                    () -> Golden.verify(file, "#1 LogGroupMissing  HIGH  confidence 0.75\n", false));

            assertTrue(e.getMessage().contains(file + " differs from what the build generates"), e.getMessage());
            assertThrows(AssertionFailedError.class, () -> Golden.verify(file, "#1 LogGroupMissing  HIGH  confidence 0.90", false),
                    "a missing final newline is a difference");
        }

        @Test
        void theSwitchIsOffByDefault() {
            // the build never runs with the switch on unless someone asks for it on the command line
            if (System.getProperty("ecstriage.updateGolden") == null && System.getenv("ECSTRIAGE_UPDATE_GOLDEN") == null
                    && System.getProperty("ecstriage.regenerate") == null && System.getenv("ECSTRIAGE_REGENERATE") == null) {
                assertEquals(false, updating());
            }
            assertTrue(isOn("1") && isOn("true") && isOn("TRUE"));
            assertEquals(false, isOn("0") || isOn("false") || isOn("") || isOn(null));
        }
    }
}
