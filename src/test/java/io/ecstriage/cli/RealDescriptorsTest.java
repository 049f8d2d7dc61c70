package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * What only a real process shows: a JVM started with stdin closed gets its own lib/modules on descriptor 0,
 * and /dev/full fails every write. Runs Main in a child JVM on this test's class path.
 */
@EnabledOnOs(OS.LINUX)
class RealDescriptorsTest {
    private static final String OOM = TestDiagnosis.projectDir().resolve("fixtures/scenarios/seed001-oom/snapshot.json").toString();

    record Run(int exit, String out, String err) {}

    /** `redirections` are bash's, after the java command line. */
    private static Run main(String redirections, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder cmd = new StringBuilder("exec \"$0\" -XX:TieredStopAtLevel=1 -Xshare:auto -cp \"$1\" io.ecstriage.cli.Main");
        for (String a : args) cmd.append(" '").append(a).append("'");
        cmd.append(' ').append(redirections);
        Path out = Files.createTempFile("descriptors", ".out");
        Path err = Files.createTempFile("descriptors", ".err");
        try {
            Process p = new ProcessBuilder("bash", "-c", cmd.toString(), java, System.getProperty("java.class.path"))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void closedStdinIsRefusedInOneLine() throws Exception {
        for (String command : new String[] {"diagnose --fixture -", "doctor"}) {
            Run r = main("<&-", command.split(" "));

            assertEquals(ExitCodes.BAD_INPUT, r.exit(), () -> command + ": " + r);
            assertEquals(List.of("ecs-triage: " + StandardInput.Closed.MESSAGE), r.err().lines().toList(), () -> command + ": " + r);
            assertEquals("", r.out(), () -> command + ": " + r);
        }
    }

    @Test
    void aFullDiskEndsWithOneLineAndExitFive() throws Exception {
        Run r = main("> /dev/full", "diagnose", "--fixture", OOM);

        assertEquals(ExitCodes.OUTPUT_FAILED, r.exit(), r::toString);
        assertEquals(List.of("ecs-triage: cannot write to standard output (No space left on device); the report is lost"),
                r.err().lines().toList());
    }
}
