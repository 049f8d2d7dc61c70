package io.ecstriage.rules.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleCases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ContainerOutOfMemory (ContainerOutOfMemory.drl beside it) against the fixtures of its folder and inline cases. */
class ContainerOutOfMemoryTest extends RuleCases {
    ContainerOutOfMemoryTest() {
        super("ContainerOutOfMemory");
    }

    @Test
    void theFixIsTheNextValidFargateSize() {
        Report r = fixture("ContainerOutOfMemory", "fires-oom-container-reason");
        assertEquals(List.of("ContainerOutOfMemory"), TestDiagnosis.ruleIds(r), "the generic exit must not be a second cause");
        Finding f = r.findings().get(0);
        assertTrue(f.fix().commands().get(0).contains(".cpu = \"512\" | .memory = \"2048\""), fixes(f));
        assertTrue(f.fix().commands().get(0).contains(".containerDefinitions |= map(if .memory != null then .memory = (.memory * 2048 / "),
                () -> "the container's own hard limit must grow with the task: " + fixes(f));
        assertTrue(f.fix().commands().get(0).endsWith(" && aws ecs update-service --cluster orders-cluster --service orders-service --task-definition orders-api --region ap-northeast-1"), fixes(f));
        assertEquals(0.72, f.confidence(), 1e-9, "OOM reason (0.60) + exit code 137 (0.30)");
    }

    @Test
    void at256CpuAndItsLargestMemoryTheNextSizeNeedsMoreCpu() {
        Finding f = get(fixture("ContainerOutOfMemory", "fires-exit-137-and-size"), "ContainerOutOfMemory");
        assertTrue(f.fix().commands().get(0).contains(".cpu = \"512\" | .memory = \"3072\""), fixes(f));
        assertEquals(0.30, f.confidence(), 1e-9, "exit code 137 alone is generic");
    }

    @Test
    void oddCasingAndToolOutputAreRecognised() {
        for (String t : List.of("OutofMemoryError: Container killed due to memory usage",
                "Reason: Essential container in task exited\n      Container: app (STOPPED)\n        Exit code: 137\n        Reason: OutOfMemoryError: Container killed due to memory usage")) {
            Report r = pasted(t, null);
            assertEquals(List.of("ContainerOutOfMemory"), TestDiagnosis.ruleIds(r), t);
        }
    }

    @Test
    void quietForAScaleInKill() {
        assertFalse(has(fixture("ContainerOutOfMemory", "quiet-scale-in-137"), "ContainerOutOfMemory"));
    }
}
