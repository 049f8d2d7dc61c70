package io.ecstriage.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule fixture's machine-checked "expect" block (docs/fixture-format.md): whether the folder's rule fires and,
 * if so, at which severity, at which rank (1, "not-first" or "any") and naming which resources.
 */
public record FixtureExpectation(boolean fires, Severity severity, Rank rank, List<String> resources) {
    public enum Rank { FIRST, NOT_FIRST, ANY }

    private static final Set<String> FIRES_KEYS = Set.of("fires", "severity", "rank", "resources");

    public FixtureExpectation {
        resources = List.copyOf(resources);
    }

    /** Reads the block of a fixture's root object; refuses a missing, incomplete or unknown-keyed one. */
    public static FixtureExpectation read(JsonNode fixture) {
        JsonNode e = fixture.get("expect");
        if (e == null || !e.isObject()) throw new IllegalArgumentException("no \"expect\" object");
        List<String> unknown = new ArrayList<>();
        e.fieldNames().forEachRemaining(k -> { if (!FIRES_KEYS.contains(k)) unknown.add(k); });
        if (!unknown.isEmpty()) throw new IllegalArgumentException("unknown keys in \"expect\": " + unknown);
        JsonNode fires = e.get("fires");
        if (fires == null || !fires.isBoolean()) throw new IllegalArgumentException("\"expect\" needs \"fires\": true or false");
        if (!fires.booleanValue()) {
            if (e.size() != 1) throw new IllegalArgumentException("a quiet \"expect\" holds only \"fires\": false");
            return new FixtureExpectation(false, null, null, List.of());
        }
        JsonNode severity = e.get("severity");
        if (severity == null || !severity.isTextual()) throw new IllegalArgumentException("\"expect\" needs \"severity\": HIGH, MEDIUM or LOW");
        JsonNode resources = e.get("resources");
        if (resources == null || !resources.isArray()) throw new IllegalArgumentException("\"expect\" needs \"resources\": [...] (may be empty)");
        List<String> names = new ArrayList<>();
        resources.forEach(r -> names.add(r.asText()));
        return new FixtureExpectation(true, Severity.valueOf(severity.asText()), rank(e.get("rank")), names);
    }

    private static Rank rank(JsonNode rank) {
        if (rank != null && rank.isInt() && rank.intValue() == 1) return Rank.FIRST;
        if (rank != null && rank.isTextual() && rank.asText().equals("not-first")) return Rank.NOT_FIRST;
        if (rank != null && rank.isTextual() && rank.asText().equals("any")) return Rank.ANY;
        throw new IllegalArgumentException("\"expect\" needs \"rank\": 1, \"not-first\" or \"any\"; got " + rank);
    }

    /** What in `report` breaks this expectation for `ruleId`; empty when it holds. */
    public List<String> violations(Report report, String ruleId) {
        Optional<Finding> finding = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
        List<String> out = new ArrayList<>();
        if (!fires) {
            if (finding.isPresent()) out.add(ruleId + " must not fire");
            return out;
        }
        if (finding.isEmpty()) {
            out.add(ruleId + " must fire");
            return out;
        }
        Finding f = finding.get();
        if (f.severity() != severity) out.add("severity " + f.severity() + ", expected " + severity);
        boolean first = report.findings().get(0).ruleId().equals(ruleId);
        if (rank == Rank.FIRST && !first) out.add(ruleId + " must rank first");
        if (rank == Rank.NOT_FIRST && first) out.add(ruleId + " must not rank first");
        for (String r : resources) if (!f.resources().contains(r)) out.add("resource " + r + " not named; named " + f.resources());
        return out;
    }
}
