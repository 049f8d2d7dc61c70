package io.ecstriage.release;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A release archive unpacked into an empty directory, and its launcher run with a chosen environment only. */
final class Installed {
    static final Path BUILD = Path.of(System.getProperty("ecstriage.buildDir", "target")).toAbsolutePath();
    static final String VERSION = System.getProperty("ecstriage.version", "0.1.0");
    static final Path PROJECT = Path.of(System.getProperty("ecstriage.projectDir", ".")).toAbsolutePath();
    static final String SCENARIO = "seed003-4-target-timeout";

    final Path home;

    private Installed(Path home) {
        this.home = home;
    }

    /** Unpacks `archive` (a .tar.gz, with the system's tar) into `into`, which must be empty. */
    static Installed untar(Path archive, Path into) throws IOException, InterruptedException {
        Result r = run(List.of("tar", "-xzf", archive.toString(), "-C", into.toString()), into, Map.of("PATH", "/usr/bin:/bin"));
        if (r.exit() != 0) throw new IOException("tar failed: " + r);
        return new Installed(into.resolve("ecs-triage-" + VERSION));
    }

    Path scenario() {
        return home.resolve("share/ecs-triage/scenarios/" + SCENARIO + "/snapshot.json");
    }

    /** The scenario's golden text report, naming the input as the archive's path to it. */
    static String expectedReport(String inputAsNamed) throws IOException {
        return Files.readString(PROJECT.resolve("fixtures/scenarios/" + SCENARIO + "/expected-report.txt"))
                .replace("fixtures/scenarios/" + SCENARIO + "/snapshot.json", inputAsNamed);
    }

    Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/ecs-triage").toString());
        command.addAll(List.of(args));
        return run(command, home, env);
    }

    /** A directory holding only a symlink to the java running this test. */
    static Path javaOnly(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.createSymbolicLink(dir.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        return dir;
    }

    /** A Java 24 or later installed beside this one (under /usr/lib/jvm), for the AOT-cache path; null when there is none. */
    static Path java24OrLater() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return null;
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) continue;
                for (String line : Files.readAllLines(release)) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^JAVA_VERSION=\"(\\d+)").matcher(line);
                    if (m.find() && Integer.parseInt(m.group(1)) >= 24) return home;
                }
            }
        }
        return null;
    }

    static void makeReadOnly(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) p.toFile().setWritable(false, false);
        }
    }

    static List<String> listing(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(p -> root.relativize(p).toString().replace(File.separatorChar, '/')).sorted().toList();
        }
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** Runs with exactly `env` (nothing inherited), stdin closed, at most 5 minutes. */
    static Result run(List<String> command, Path cwd, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ecs-triage-out", ".txt");
        Path err = Files.createTempFile("ecs-triage-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
