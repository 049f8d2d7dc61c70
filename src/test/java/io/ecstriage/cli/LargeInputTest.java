package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.concurrent.InOrder;
import io.ecstriage.engine.RuleEngine;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeInputTest {
    @TempDir
    Path tmp;

    @Test
    void aFixtureOfFourMegabytesOrMoreGetsTheRuleBaseInPartsOnSeveralCores() throws IOException {
        Path big = tmp.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(RuleEngine.LARGE_INPUT_BYTES); // sparse: only its size is asked
        }
        Path small = tmp.resolve("small.json");
        Files.writeString(small, "{}");
        int large = InOrder.threadsFor(Integer.MAX_VALUE) > 1 ? RuleEngine.LARGE_INPUT_PARTS : 1;

        assertEquals(large, LargeInput.ruleBaseParts(new String[] {"diagnose", "--fixture", big.toString()}));
        assertEquals(large, LargeInput.ruleBaseParts(new String[] {"diagnose", "--format", "json", "--fixture=" + big}));
        assertEquals(1, LargeInput.ruleBaseParts(new String[] {"diagnose", "--fixture", small.toString()}));
        assertEquals(1, LargeInput.ruleBaseParts(new String[] {"diagnose", "--fixture", "-"}));
        assertEquals(1, LargeInput.ruleBaseParts(new String[] {"diagnose", "--fixture", tmp.resolve("missing.json").toString()}));
        assertEquals(1, LargeInput.ruleBaseParts(new String[] {"diagnose", "--fixture", tmp.toString()}), "a directory");
        assertEquals(1, LargeInput.ruleBaseParts(new String[] {"diagnose", "--fixture"}));
        assertEquals(1, LargeInput.ruleBaseParts(new String[] {"diagnose", "--cluster", "prod"}));
    }
}
