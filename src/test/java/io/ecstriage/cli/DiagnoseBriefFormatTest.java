package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `diagnose --format` takes every report/ReportFormat value, brief included (the doctor's short form). */
class DiagnoseBriefFormatTest {

    @Test
    void briefPrintsTheRankingOnly(@TempDir Path dir) throws IOException {
        Path problem = Files.writeString(dir.resolve("problem.json"), Samples.logGroupMissing());

        Cli.Result r = Cli.run("diagnose", "--fixture", problem.toString(), "--format", "brief");

        assertEquals(ExitCodes.PROBLEMS_FOUND, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Ranking: 1 cause\n  #1 LogGroupMissing  HIGH"), r::toString);
        assertEquals(2, r.out().lines().count(), r::toString);
    }
}
