package io.ecstriage;

import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.finding.Finding;
import io.ecstriage.ingest.InputLoader;
import io.ecstriage.ingest.InputParser;
import io.ecstriage.ingest.ParsedInput;
import io.ecstriage.ingest.RawInput;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.Snapshot;
import io.ecstriage.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The offline pipeline of `diagnose` (load, parse, snapshot, rules, ranking) for tests, on one shared rule base. */
public final class TestDiagnosis {
    private TestDiagnosis() {}

    /** Loading the compiled rule base costs about half a second: once per test JVM, read-only afterwards. */
    private static final class Loaded {
        static final RuleEngine ENGINE = new RuleEngine(TestDiagnosis.class.getClassLoader());
        static final Diagnoser DIAGNOSER = new Diagnoser(ENGINE);
    }

    public static RuleEngine engine() {
        return Loaded.ENGINE;
    }

    public static Diagnoser diagnoser() {
        return Loaded.DIAGNOSER;
    }

    /** The project root (surefire passes it); the working directory when run from an IDE. */
    public static Path projectDir() {
        return Path.of(System.getProperty("ecstriage.projectDir", ".")).toAbsolutePath().normalize();
    }

    /**
     * Every scenario's snapshot (fixtures/scenarios/NAME/snapshot.json), then the rule fixtures whose names match
     * `ruleFixtures` (e.g. "fires-.*\\.json"), each in path order: the inputs a whole-corpus comparison runs over.
     */
    public static List<Path> scenariosAndRuleFixtures(String ruleFixtures) throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(projectDir().resolve("fixtures/scenarios"))) {
            s.map(d -> d.resolve("snapshot.json")).filter(Files::isRegularFile).sorted().forEach(inputs::add);
        }
        try (Stream<Path> s = Files.walk(projectDir().resolve("rules"), 3)) {
            s.filter(p -> p.getFileName().toString().matches(ruleFixtures)).sorted().forEach(inputs::add);
        }
        return inputs;
    }

    public static ParsedInput parse(String name, String text) {
        return new InputParser(new JsonTrees()).parse(new RawInput(name, text));
    }

    public static Snapshot snapshot(String name, String text) {
        return snapshot(name, text, null);
    }

    public static Snapshot snapshot(String name, String text, String regionOverride) {
        return new SnapshotBuilder(new JsonTrees()).build(parse(name, text), regionOverride);
    }

    public static Report diagnose(String name, String text) {
        return diagnoser().diagnose(snapshot(name, text));
    }

    /** Diagnoses a file as `diagnose --fixture` does, naming the input `displayName` in the report. */
    public static Report diagnoseFile(Path file, String displayName) {
        RawInput raw = new InputLoader(InputLoader.DEFAULT_MAX_BYTES).load(file.toString(), InputStream.nullInputStream());
        return diagnose(displayName, raw.text());
    }

    public static Optional<Finding> finding(Report report, String ruleId) {
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    public static List<String> ruleIds(Report report) {
        return report.findings().stream().map(Finding::ruleId).toList();
    }

    /** "#1 LogGroupMissing HIGH 0.90, #2 …" for assertion messages. */
    public static String summary(Report report) {
        if (report.findings().isEmpty()) return "no findings";
        return report.findings().stream()
                .map(f -> String.format(Locale.ROOT, "#%d %s %s %.2f", f.rank(), f.ruleId(), f.severity(), f.confidence()))
                .collect(Collectors.joining(", "));
    }
}
