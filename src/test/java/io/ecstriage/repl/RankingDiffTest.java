package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Fix;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingDiffTest {
    private static Finding f(int rank, String rule, double confidence, String... resources) {
        return new Finding(rank, new RuleMeta(rule, rule, Severity.HIGH, "test", ""), confidence, List.of(resources), List.of(),
                new Fix(List.of(), List.of(), List.of(), List.of()), List.of(), List.of(), null);
    }

    private static Report r(Finding... findings) {
        return new Report("session", null, null, List.of(findings), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void confidenceAndRankChangesAreNamed() {
        RankingDiff d = RankingDiff.between(r(f(1, "A", 0.6), f(2, "LogGroupMissing", 0.55)), r(f(1, "LogGroupMissing", 0.97), f(2, "A", 0.6)));

        List<String> lines = d.changes().stream().map(c -> c.describe("→")).toList();

        assertEquals(List.of("LogGroupMissing 0.55 → 0.97, now rank 1", "A now rank 2 (was 1)"), lines);
    }

    @Test
    void newAndGoneCauses() {
        RankingDiff d = RankingDiff.between(r(f(1, "Old", 0.3)), r(f(1, "New", 0.45)));

        assertEquals(List.of("new: New 0.45, rank 1", "gone: Old (was rank 1, 0.30)"), d.changes().stream().map(c -> c.describe("->")).toList());
    }

    @Test
    void aCauseThatGainsResourcesIsTheSameCause() {
        RankingDiff d = RankingDiff.between(r(f(1, "LogGroupMissing", 0.6)), r(f(1, "LogGroupMissing", 0.9, "/ecs/web")));

        assertEquals(List.of("LogGroupMissing 0.60 -> 0.90 (rank 1)"), d.changes().stream().map(c -> c.describe("->")).toList());
    }

    @Test
    void nothingChanged() {
        Report same = r(f(1, "A", 0.6));
        assertTrue(RankingDiff.between(same, r(f(1, "A", 0.6))).isEmpty());
        assertEquals("new: A 0.60, rank 1", RankingDiff.between(null, same).changes().get(0).describe("→"));
    }
}
