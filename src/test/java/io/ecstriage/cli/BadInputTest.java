package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs a user can get wrong: each ends with exit 2 and one readable line, never a stack trace. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static Cli.Result diagnose(Path p, String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "diagnose";
        args[1] = "--fixture=" + p;
        System.arraycopy(more, 0, args, 2, more.length);
        return Cli.run(args);
    }

    private static void assertNoStackTrace(Cli.Result r) {
        assertFalse(r.err().contains("Exception"), () -> "no exception names on stderr:\n" + r);
        assertFalse(r.err().contains("\tat "), () -> "no stack trace on stderr:\n" + r);
        assertFalse(r.out().contains("\tat "), () -> "no stack trace on stdout:\n" + r);
    }

    /** Exit 2, nothing on stdout, exactly one `ecs-triage: …` line on stderr containing each fragment. */
    private static String assertBadInput(Cli.Result r, String... fragments) {
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("", r.out(), () -> "nothing on stdout:\n" + r);
        assertEquals(1, r.errLines().size(), () -> "exactly one line on stderr:\n" + r);
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("ecs-triage: "), line);
        for (String f : fragments) assertTrue(line.contains(f), () -> "expected '" + f + "' in: " + line);
        assertNoStackTrace(r);
        return line;
    }

    /** Usage errors: the one error line, then picocli's single "Try '… --help'." hint. */
    private static void assertUsageError(Cli.Result r, String fragment, String command) {
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("", r.out(), () -> "nothing on stdout:\n" + r);
        List<String> lines = r.errLines();
        assertEquals(2, lines.size(), () -> "the error and the help hint:\n" + r);
        assertTrue(lines.get(0).startsWith("ecs-triage: ") && lines.get(0).contains(fragment), lines.get(0));
        assertEquals("Try '" + command + " --help'.", lines.get(1));
        assertNoStackTrace(r);
    }

    // --- JSON that does not parse ---

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        Path p = write("bad.json", """
                {
                  "services": [
                    {"serviceName": "web",, "desiredCount": 1}
                  ]
                }
                """);

        String line = assertBadInput(diagnose(p), "malformed JSON");

        Matcher m = Pattern.compile("^ecs-triage: " + Pattern.quote(p.toString()) + ":(\\d+):(\\d+): malformed JSON: .+").matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(3, Integer.parseInt(m.group(1)), "the line of the doubled comma");
        assertEquals(27, Integer.parseInt(m.group(2)), "the column of the doubled comma");
    }

    @Test
    void truncatedJsonNamesWhereItStopped() throws IOException {
        String whole = Samples.logGroupMissing();
        String half = whole.substring(0, whole.length() / 2);
        long linesInHalf = half.lines().count();
        Path p = write("cut.json", half);

        String line = assertBadInput(diagnose(p), p + ":", "malformed JSON");

        Matcher m = Pattern.compile(":(\\d+):(\\d+): malformed JSON").matcher(line);
        assertTrue(m.find(), line);
        int reported = Integer.parseInt(m.group(1));
        assertTrue(reported >= linesInHalf - 1 && reported <= linesInHalf + 1,
                "line " + reported + " should be where the file ends (" + linesInHalf + "): " + line);
    }

    // --- files that are not text ---

    @Test
    void emptyFile() throws IOException {
        assertBadInput(diagnose(write("empty.json", new byte[0])), "empty input");
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        assertBadInput(diagnose(write("blank.json", "  \n\t\r\n   \n")), "empty input");
    }

    @Test
    void binaryJunkWithNulBytes() throws IOException {
        byte[] junk = new byte[64 * 1024];
        new Random(20261122).nextBytes(junk);
        junk[100] = 0;

        assertBadInput(diagnose(write("core.bin", junk)), "binary data");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] latin1 = "{\"message\": \"caf\u00e9 d\u00e9j\u00e0 vu\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertBadInput(diagnose(write("latin1.json", latin1)), "not UTF-8");
    }

    // --- files we cannot take ---

    @Test
    void fixtureOfAnotherVersion() throws IOException {
        Path p = write("v2.json", "{\"ecsTriageFixture\": 2, \"description\": \"from the future\", \"captures\": []}");

        assertBadInput(diagnose(p), "version", "2");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        String unit = Samples.logGroups("eu-west-1", "/ecs/web") + "\n";
        StringBuilder big = new StringBuilder(2 * 1024 * 1024 + unit.length());
        while (big.length() < 2 * 1024 * 1024) big.append(unit);
        Path p = write("big.json", big.toString());

        Cli.Result r = assertDoesNotThrow(() -> diagnose(p, "--max-input-mb", "1"));

        assertBadInput(r, "larger than the 1 MiB input limit");
        assertFalse(r.err().contains("OutOfMemoryError"));
    }

    @Test
    void stdinOverTheSizeLimit() {
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');

        Cli.Result r = assertDoesNotThrow(
                () -> Cli.run(Cli.PIPE, new ByteArrayInputStream(big), "diagnose", "--fixture", "-", "--max-input-mb", "1"));

        assertBadInput(r, "stdin:", "larger than the 1 MiB input limit");
    }

    @Test
    void nonExistentPath() {
        Path p = dir.resolve("does-not-exist.json");

        assertBadInput(diagnose(p), p + ": no such file");
    }

    @Test
    void directory() {
        assertBadInput(diagnose(dir), dir + ": is a directory");
    }

    @Test
    void emptyStdin() {
        assertBadInput(Cli.runWithStdin("", "diagnose", "--fixture", "-"), "stdin: empty input");
    }

    // --- command lines we cannot take ---

    @Test
    void unknownOption() throws IOException {
        Path p = write("ok.json", Samples.healthy());

        assertUsageError(diagnose(p, "--bogus"), "Unknown option: '--bogus'", "ecs-triage diagnose");
    }

    @Test
    void unknownTopLevelOption() {
        assertUsageError(Cli.run("--bogus"), "Unknown option: '--bogus'", "ecs-triage");
    }

    @Test
    void unknownCommand() {
        Cli.Result r = Cli.run("frobnicate");

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.errLines().get(0).contains("frobnicate"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void missingFixtureOption() {
        assertUsageError(Cli.run("diagnose"), "Missing required option: '--fixture=PATH'", "ecs-triage diagnose");
    }

    @Test
    void unknownFormat() throws IOException {
        Path p = write("ok.json", Samples.healthy());

        assertUsageError(diagnose(p, "--format", "xml"), "'xml'", "ecs-triage diagnose");
    }

    @Test
    void sizeLimitMustBeANumber() throws IOException {
        Path p = write("ok.json", Samples.healthy());

        assertUsageError(diagnose(p, "--max-input-mb", "lots"), "'lots'", "ecs-triage diagnose");
    }

    // --- what does work ---

    @Test
    void dashReadsStdin() {
        Cli.Result r = Cli.runWithStdin(Samples.logGroupMissing(), "diagnose", "--fixture", "-", "--color", "never");

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        assertTrue(r.out().startsWith("ecs-triage: 1 root cause in stdin (region eu-west-1)"), r::toString);
        assertTrue(r.out().contains("LogGroupMissing"), r::toString);
        assertEquals("", r.err());
    }

    private static String withAnIamAnswer(com.fasterxml.jackson.databind.JsonNode listing) {
        return Samples.fixture("web:3 and its log group listing, plus an IAM answer no reader knows", "eu-west-1")
                .output(Samples.describeTaskDefinition("eu-west-1"), Samples.taskDefinition(Samples.GROUP))
                .output("aws iam get-role --role-name ecsTaskExecutionRole",
                        Samples.read("{\"Role\": {\"RoleName\": \"ecsTaskExecutionRole\"}, \"ResponseMetadata\": {}}"))
                .output(Samples.describeLogGroups(Samples.GROUP, "eu-west-1"), listing)
                .json();
    }

    @Test
    void unknownShapeAmongGoodCapturesIsAWarningAndTheDiagnosisDecidesTheExit() {
        Cli.Result failing = Cli.runWithStdin(withAnIamAnswer(Samples.logGroups("eu-west-1")), "diagnose", "--fixture", "-");
        Cli.Result healthy = Cli.runWithStdin(withAnIamAnswer(Samples.logGroups("eu-west-1", Samples.GROUP)), "diagnose", "--fixture", "-");

        assertEquals(ExitCodes.PROBLEMS_FOUND, failing.exit(), failing::toString);
        assertTrue(failing.out().contains("LogGroupMissing"), failing::toString);
        assertEquals(ExitCodes.OK, healthy.exit(), healthy::toString);
        for (Cli.Result r : List.of(failing, healthy)) {
            assertEquals(List.of("warning: ignored stdin capture 2: unrecognised output shape (keys: Role, ResponseMetadata)"),
                    r.errLines(), r::toString);
            assertTrue(r.out().contains("Ignored inputs:"), r::toString);
            assertNoStackTrace(r);
        }
    }
}
