package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ecstriage.TestDiagnosis;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One very long token in pasted text or a log line once took 8 s at 20,000 characters and 49 s at 50,000 (the
 * crash-signature regex backtracked from every position). Each shape below must now be read in well under a second.
 */
class LongTokenTest {
    private static final int LENGTH = 50_000;

    /** The rule base is built once per test JVM: outside the time limit, which is for reading the token. */
    @BeforeAll
    static void loadTheRuleBase() {
        TestDiagnosis.engine();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "a.", "aB", "Error", "env ", "x$", "A_", "listening on port "})
    void aLongTokenIsReadInLinearTime(String unit) {
        String token = unit.repeat(LENGTH / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> CrashSignature.read(List.of(token, "Traceback (most recent call last)", token)));
        assertTimeoutPreemptively(Duration.ofSeconds(4), () -> TestDiagnosis.diagnose("long-token", token));
    }
}
