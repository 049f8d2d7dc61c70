package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers read from text may be longer than an int: found by fuzzing pasted text, each was an internal error (exit 4). */
class DigitsTest {
    @Test
    void aRunOfDigitsIsItsValueOrTheLargestInt() {
        assertEquals(512, Digits.clamped("512"));
        assertEquals(512, Digits.clamped("000000000000000512"));
        assertEquals(Integer.MAX_VALUE, Digits.clamped("4294967296"));
        assertEquals(Integer.MAX_VALUE, Digits.clamped("9".repeat(400)));
    }

    @Test
    void aFargateRequestTooLargeForAnIntIsStillRead() {
        assertArrayEquals(new int[] {Integer.MAX_VALUE, 512},
                ErrorTexts.fargateValues("No Fargate configuration exists for given values: 4294967296 CPU, 512 memory"));
    }

    @Test
    void aHealthCheckUrlWithAPortBeyondTheRangeProbesNone() {
        assertEquals(8080, new ContainerHealthCheck(List.of("CMD-SHELL", "curl -f http://localhost:8080/health"), null, null, null, null).probedPort());
        assertNull(new ContainerHealthCheck(List.of("CMD-SHELL", "curl -f http://localhost:99999999999/health"), null, null, null, null).probedPort());
        assertNull(new ContainerHealthCheck(List.of("CMD-SHELL", "curl -f http://localhost:70000/health"), null, null, null, null).probedPort());
    }

    @Test
    void aTaskSizeTooLargeForAnIntFitsNoInstance() {
        ContainerInstance ci = new ContainerInstance("eu-west-1", "arn:ci", "arn:cluster", "i-1", "ACTIVE", null, true, 2048, 4096,
                1024, 2048, List.of(), 0, 0, null, java.util.Map.of());
        assertEquals(true, ci.fits("512", "1024"));
        assertEquals(false, ci.fits("4294967296", "1024"));
    }
}
