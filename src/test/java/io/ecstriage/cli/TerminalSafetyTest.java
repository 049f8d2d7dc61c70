package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Escape sequences in the input (clear screen, window title) reach the terminal as visible text, never as codes. */
class TerminalSafetyTest {
    private static final String CLEAR = "\u001b[2J";
    private static final String TITLE = "\u001b]0;owned\u0007";

    @TempDir
    Path dir;

    private Path hostile() throws IOException {
        Path p = dir.resolve("incident" + CLEAR + ".txt");
        Files.writeString(p, "stoppedReason: " + Samples.LOG_GROUP_REASON + TITLE + "\n");
        return p;
    }

    @Test
    void textAndMarkdownShowControlCharactersEscaped() throws IOException {
        Path p = hostile();
        for (String format : new String[] {"text", "markdown"}) {
            Cli.Result r = Cli.run("diagnose", "--fixture", p.toString(), "--format", format);

            assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
            assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), () -> format + " output carries raw controls:\n" + r);
            assertTrue(r.out().contains("incident\\e[2J.txt"), () -> format + ": the input name, escaped:\n" + r);
            assertTrue(r.out().contains("\\e]0;owned"), () -> format + ": the evidence, escaped:\n" + r);
        }
    }

    @Test
    void colourCodesStayWhileInputCodesAreEscaped() throws IOException {
        Cli.Result r = Cli.run(new Terminal(true, Map.of()), java.io.InputStream.nullInputStream(),
                "diagnose", "--fixture", hostile().toString(), "--color", "always");

        assertTrue(r.out().contains("\u001b[1m"), "the report's own bold is kept:\n" + r);
        assertFalse(r.out().contains(CLEAR) || r.out().contains(TITLE), r::toString);
    }

    @Test
    void jsonEscapesThemAsJsonDoes() throws IOException {
        Cli.Result r = Cli.run("diagnose", "--fixture", hostile().toString(), "--format", "json");

        assertFalse(r.out().contains("\u001b"), r::toString);
        assertTrue(r.out().contains("\\u001B]0;owned"), r::toString);
        assertTrue(new ObjectMapper().readTree(r.out()).toString().contains("owned"), "and it reads back");
    }
}
