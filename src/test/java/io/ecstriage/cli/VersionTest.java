package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.report.BuildInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void versionNamesTheBuildTheCommitTheRulesAndTheJava() {
        Cli.Result r = Cli.run("--version");

        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r::toString);
        assertTrue(lines.get(0).matches("ecs-triage 0\\.1\\.0 \\(commit ([0-9a-f]{12}(-dirty)?|unknown)\\)"), lines.get(0));
        assertEquals("rules: " + TestDiagnosis.engine().catalog().size(), lines.get(1), "the build's count is the rule base's");
        assertTrue(lines.get(2).startsWith("java: " + Runtime.version()), lines.get(2));
        assertTrue(lines.get(2).endsWith(" at " + System.getProperty("java.home")), lines.get(2));
    }

    @Test
    void theBuildBakedACommitInAGitCheckout() {
        BuildInfo b = BuildInfo.load();

        assertEquals("0.1.0", b.version());
        if (java.nio.file.Files.exists(TestDiagnosis.projectDir().resolve(".git"))) {
            assertTrue(b.commit().matches("[0-9a-f]{12}(-dirty)?"), b.commit());
        }
    }
}
