package io.ecstriage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.ingest.InputLoader;
import io.ecstriage.ingest.InputParser;
import io.ecstriage.ingest.ParsedInput;
import io.ecstriage.ingest.SnapshotBuilder;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.Snapshot;
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
 * One line per fixture for bench/scale.sh: size, the best of five plain Jackson parses, the best of five full
 * diagnoses (load, parse, snapshot, rules, ranking, JSON report) on a warm rule base, taking turns with the parses,
 * the heap peak of a diagnosis, the best diagnosis split by phase with its garbage-collection time, and the process
 * CPU time of the best parse and diagnosis (all threads: on a shared machine it varies far less than wall time).
 * Not a test: run by the script, one JVM per size so the peaks do not mix.
 */
public final class ScaleBenchmark {
    /** Parses and diagnoses of each size; the best of each counts. */
    private static final int ROUNDS = 5;

    private ScaleBenchmark() {}

    /** CPU time of the whole process (JIT and GC threads included): on a shared machine it moves far less than wall time. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    /** As `diagnose` reads a file: the input and its JSON trees are garbage once the snapshot is built, not locals of `main`. */
    private static Snapshot snapshot(JsonTrees json, Path file, long[] readEnd) {
        ParsedInput parsed = new InputParser(json).parse(
                new InputLoader(InputLoader.DEFAULT_MAX_BYTES).load(file.toString(), InputStream.nullInputStream()));
        readEnd[0] = System.nanoTime();
        return new SnapshotBuilder(json).build(parsed, null);
    }

    public static void main(String[] args) throws Exception {
        JsonTrees json = new JsonTrees();
        for (String name : args) {
            Path file = Path.of(name);
            // the rule base as `diagnose --fixture` builds it for this file (in parts for a large one)
            RuleEngine engine = new RuleEngine(ScaleBenchmark.class.getClassLoader(), PhaseTimes.off(), true, RuleEngine.partsFor(Files.size(file)));
            long parse = Long.MAX_VALUE;
            long parseCpu = Long.MAX_VALUE;
            long diagnose = Long.MAX_VALUE;
            long diagnoseCpu = Long.MAX_VALUE;
            long peak = 0;
            int findings = 0;
            long[] phases = new long[4];
            long gc = 0;
            // parses and diagnoses take turns, each after a full collection: both meet the same heap and the same JIT
            // (parses run back to back right after the rule base was built met a busy compiler and collected each
            // other's trees, and flattered the ratio; docs/reliability.md, eighth round)
            for (int i = 0; i < ROUNDS; i++) {
                System.gc();
                long pc = cpuNanos();
                long pt = System.nanoTime();
                new ObjectMapper().readTree(file.toFile());
                parse = Math.min(parse, System.nanoTime() - pt);
                parseCpu = Math.min(parseCpu, cpuNanos() - pc);
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long gcBefore = gcMillis();
                long c = cpuNanos();
                long t = System.nanoTime();
                long[] readEnd = new long[1];
                Snapshot snapshot = snapshot(json, file, readEnd);
                long t1 = readEnd[0];
                long t2 = System.nanoTime();
                // a diagnoser per run: one hands an equal snapshot its last report without diagnosing it again
                Report report = new Diagnoser(engine).diagnose(snapshot);
                long t3 = System.nanoTime();
                new JsonRenderer(json).render(report, new PrintWriter(new StringWriter()));
                long t4 = System.nanoTime();
                diagnoseCpu = Math.min(diagnoseCpu, cpuNanos() - c);
                if (t4 - t < diagnose) {
                    diagnose = t4 - t;
                    phases = new long[] {t1 - t, t2 - t1, t3 - t2, t4 - t3};
                    gc = gcMillis() - gcBefore;
                }
                findings = report.findings().size();
                long used = 0;
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == MemoryType.HEAP) used += p.getPeakUsage().getUsed();
                }
                peak = Math.max(peak, used);
            }
            System.out.printf(Locale.ROOT, "%s\t%.1f MB\tparse %.3f s\tdiagnose %.3f s\tratio %.2f\theap peak %d MB\tfindings %d"
                            + "\t(read %.2f, snapshot %.2f, rules+ranking %.2f, json %.2f, of which gc %.2f)\tcpu: parse %.3f s, diagnose %.3f s, ratio %.2f%n",
                    file.getFileName(), Files.size(file) / 1e6, parse / 1e9, diagnose / 1e9, (double) diagnose / parse, peak >> 20, findings,
                    phases[0] / 1e9, phases[1] / 1e9, phases[2] / 1e9, phases[3] / 1e9, gc / 1e3,
                    parseCpu / 1e9, diagnoseCpu / 1e9, (double) diagnoseCpu / parseCpu);
        }
    }
}
