package io.ecstriage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.ingest.InputLoader;
import io.ecstriage.ingest.InputParser;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.report.JsonRenderer;
import io.ecstriage.report.Report;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One line per fixture for bench/scale.sh: size, the best of three plain Jackson parses, the best of three full
 * diagnoses (one above 20 MB) (load, parse, snapshot, rules, ranking, JSON report) on a warm rule base, and the heap peak of a diagnosis.
 * Not a test: run by the script, one JVM per size so the peaks do not mix.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Diagnoser diagnoser = new Diagnoser(new RuleEngine(ScaleBenchmark.class.getClassLoader()));
        JsonTrees json = new JsonTrees();
        for (String name : args) {
            Path file = Path.of(name);
            long parse = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                new ObjectMapper().readTree(file.toFile());
                parse = Math.min(parse, System.nanoTime() - t);
            }
            int runs = Files.size(file) > 20_000_000 ? 1 : 3;
            long diagnose = Long.MAX_VALUE;
            long peak = 0;
            int findings = 0;
            for (int i = 0; i < runs; i++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long t = System.nanoTime();
                var raw = new InputLoader(InputLoader.DEFAULT_MAX_BYTES).load(file.toString(), InputStream.nullInputStream());
                var snapshot = new SnapshotBuilder(json).build(new InputParser(json).parse(raw), null);
                Report report = diagnoser.diagnose(snapshot);
                new JsonRenderer(json).render(report, new PrintWriter(new StringWriter()));
                diagnose = Math.min(diagnose, System.nanoTime() - t);
                findings = report.findings().size();
                long used = 0;
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == MemoryType.HEAP) used += p.getPeakUsage().getUsed();
                }
                peak = Math.max(peak, used);
            }
            System.out.printf(Locale.ROOT, "%s\t%.1f MB\tparse %.3f s\tdiagnose %.3f s\tratio %.2f\theap peak %d MB\tfindings %d%n",
                    file.getFileName(), Files.size(file) / 1e6, parse / 1e9, diagnose / 1e9, (double) diagnose / parse, peak >> 20, findings);
        }
    }
}
