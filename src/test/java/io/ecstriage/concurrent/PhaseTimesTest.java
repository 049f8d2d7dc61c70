package io.ecstriage.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhaseTimesTest {
    @Test
    void printsNothingUnlessTheSwitchIsOne() {
        for (Map<String, String> env : java.util.List.of(Map.<String, String>of(), Map.of("ECS_TRIAGE_PHASES", "0"))) {
            PhaseTimes phases = PhaseTimes.fromEnv(env);
            phases.end("parse-input", phases.start());
            StringWriter out = new StringWriter();
            phases.print(new PrintWriter(out));
            assertEquals("", out.toString());
        }
    }

    @Test
    void printsEachPhaseWithItsThreadAndDuration() throws InterruptedException {
        PhaseTimes phases = PhaseTimes.fromEnv(Map.of("ECS_TRIAGE_PHASES", "1"));
        long start = phases.start();
        Thread.sleep(5);
        phases.end("parse-input", start);
        Thread other = new Thread(() -> phases.end("rule-packages", phases.start()), "rule-model-loader");
        other.start();
        other.join();
        StringWriter out = new StringWriter();
        phases.print(new PrintWriter(out));
        String[] lines = out.toString().split("\n");
        assertEquals(3, lines.length, out.toString());
        assertTrue(lines[0].startsWith("phase jvm-start-to-main "), lines[0]);
        assertTrue(lines[1].matches("phase parse-input +" + java.util.regex.Pattern.quote(Thread.currentThread().getName()) + " +from .* ms: +\\d+\\.\\d ms"), lines[1]);
        double ms = Double.parseDouble(lines[1].replaceAll(".*: +(\\d+\\.\\d) ms$", "$1"));
        assertTrue(ms >= 5.0, lines[1]);
        assertTrue(lines[2].matches("phase rule-packages +rule-model-loader +from .*"), lines[2]);
    }
}
