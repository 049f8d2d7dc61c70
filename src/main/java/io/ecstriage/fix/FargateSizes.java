package io.ecstriage.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task sizes Fargate accepts (Linux), as data: CPU units → the memory values (MiB) allowed with it.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size
 */
public final class FargateSizes {

    /** One valid task size. */
    public record Size(int cpu, int memory) {
        @Override
        public String toString() {
            return cpu + " CPU units / " + memory + " MiB";
        }

        // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
        @Override
        public boolean equals(Object other) {
            return other instanceof Size o && cpu == o.cpu && memory == o.memory;
        }

        @Override
        public int hashCode() {
            return 31 * cpu + memory;
        }
    }

    private static final int[][] TABLE = {
            // cpu, first memory, last memory, step (MiB)
            {256, 512, 512, 1}, {256, 1024, 2048, 1024},
            {512, 1024, 4096, 1024},
            {1024, 2048, 8192, 1024},
            {2048, 4096, 16384, 1024},
            {4096, 8192, 30720, 1024},
            {8192, 16384, 61440, 4096},
            {16384, 32768, 122880, 8192},
    };

    private static final List<Size> ALL = build();

    private FargateSizes() {}

    private static List<Size> build() {
        List<Size> out = new ArrayList<>();
        for (int[] row : TABLE) for (int m = row[1]; m <= row[2]; m += row[3]) out.add(new Size(row[0], m));
        return List.copyOf(out);
    }

    /** Every valid size, by CPU then memory. */
    public static List<Size> all() {
        return ALL;
    }

    public static boolean valid(int cpu, int memory) {
        return ALL.contains(new Size(cpu, memory));
    }

    /** The memory values allowed with `cpu`, or an empty list for a CPU value Fargate does not offer. */
    public static List<Integer> memoriesFor(int cpu) {
        return ALL.stream().filter(s -> s.cpu() == cpu).map(Size::memory).toList();
    }

    /**
     * The smallest size with more memory than `memory` that keeps at least `cpu` (more CPU only when this CPU allows no
     * more memory), or null above the largest size.
     */
    public static Size nextLarger(int cpu, int memory) {
        for (Size s : ALL) if (s.cpu() == cpu && s.memory() > memory) return s;
        for (Size s : ALL) if (s.cpu() > cpu && s.memory() > memory) return s; // ALL is ordered: the smallest CPU first
        return null;
    }

    /**
     * The valid size nearest to an invalid request: the CPU value itself if Fargate offers it, else the next larger one;
     * with it the smallest allowed memory not below the request (or the largest allowed, if the request is above them all).
     */
    public static Size nearest(int cpu, int memory) {
        int c = ALL.stream().mapToInt(Size::cpu).filter(v -> v >= cpu).min().orElse(16384);
        List<Integer> mems = memoriesFor(c);
        int m = mems.stream().filter(v -> v >= memory).findFirst().orElse(mems.get(mems.size() - 1));
        return new Size(c, m);
    }

    private static final Pattern UNIT = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(vcpu|gb|mb|mib|gib)?\\s*$");

    /** "1024", "1 vCPU", "0.25 vcpu" → CPU units; null if unreadable. */
    public static Integer cpuUnits(String value) {
        if (value == null) return null;
        Matcher m = UNIT.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) return null;
        double v = Double.parseDouble(m.group(1));
        return "vcpu".equals(m.group(2)) ? (int) Math.round(v * 1024) : (int) Math.round(v);
    }

    /** "2048", "2 GB", "2GB" → MiB; null if unreadable. */
    public static Integer memoryMiB(String value) {
        if (value == null) return null;
        Matcher m = UNIT.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) return null;
        double v = Double.parseDouble(m.group(1));
        return "gb".equals(m.group(2)) || "gib".equals(m.group(2)) ? (int) Math.round(v * 1024) : (int) Math.round(v);
    }

    /** True when both values are readable (a string, or a list whose first element is one) and not a valid Fargate pair. */
    public static boolean invalid(Object cpu, Object memory) {
        Integer c = cpuUnits(first(cpu));
        Integer m = memoryMiB(first(memory));
        return c != null && m != null && !valid(c, m);
    }

    /** The first of a list of option values, or the value itself. */
    public static String first(Object v) {
        if (v instanceof java.util.List<?> l) return l.isEmpty() ? null : String.valueOf(l.get(0));
        return v == null ? null : String.valueOf(v);
    }
}
