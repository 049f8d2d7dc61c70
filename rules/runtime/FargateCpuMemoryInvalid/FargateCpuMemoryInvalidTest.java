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

/** FargateCpuMemoryInvalid (FargateCpuMemoryInvalid.drl beside it) against the fixtures of its folder and inline cases. */
class FargateCpuMemoryInvalidTest extends RuleCases {
    FargateCpuMemoryInvalidTest() {
        super("FargateCpuMemoryInvalid");
    }

    @Test
    void theCommandIsRerunWithTheNearestValidPair() {
        Finding f = get(fixture("FargateCpuMemoryInvalid", "fires-register-command"), "FargateCpuMemoryInvalid");
        assertEquals(1, f.fix().commands().size(), fixes(f));
        assertTrue(f.fix().commands().get(0).endsWith("--cpu 512 --memory 1024 --execution-role-arn arn:aws:iam::067717894185:role/ecsTaskExecutionRole --container-definitions file://containers.json --region ap-northeast-1"), fixes(f));
        assertEquals(0.90, f.confidence(), 1e-9);
    }

    @Test
    void aStackEventNamesTheTemplateChange() {
        Finding f = get(fixture("FargateCpuMemoryInvalid", "fires-stack-event"), "FargateCpuMemoryInvalid");
        assertTrue(fixes(f).contains("set Cpu: \"1024\" and Memory: \"2048\" on TaskDefinition"), fixes(f));
    }

    @Test
    void wrappedCdkOutputStillGivesTheValues() {
        Finding f = get(pasted("Resource handler returned message: \"Invalid request provided: Create TaskDefinition: No Fargate configuration exists for given values: 512 CPU\n, 512 memory. See the Amazon ECS documentation", null), "FargateCpuMemoryInvalid");
        assertTrue(fixes(f).contains("nearest valid one is 512 CPU units / 1024 MiB"), fixes(f));
    }

    @Test
    void quietForAValidSize() {
        assertFalse(has(fixture("FargateCpuMemoryInvalid", "quiet-valid-size-other-error"), "FargateCpuMemoryInvalid"));
    }
}
