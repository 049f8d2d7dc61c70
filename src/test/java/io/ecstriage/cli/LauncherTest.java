package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/ecs-triage in a copy of the project layout, with a `mvn` that records being called and a `java` that
 * records being run: when it rebuilds, and what it does when it cannot.
 */
class LauncherTest {
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path tmp;

    Path root;
    Path jar;
    Path mvnLog;
    Path bin;

    @BeforeEach
    void layout() throws IOException {
        root = tmp.resolve("project");
        bin = tmp.resolve("fakebin");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("src/main/java"));
        Files.createDirectories(root.resolve("src/test/java"));
        Files.createDirectories(root.resolve("rules"));
        Files.createDirectories(root.resolve("target"));
        Files.createDirectories(bin);
        Files.copy(TestDiagnosis.projectDir().resolve("bin/ecs-triage"), root.resolve("bin/ecs-triage"));
        mvnLog = tmp.resolve("mvn.log");
        script(bin.resolve("mvn"), "#!/bin/sh\necho \"mvn $*\" >> '" + mvnLog + "'\necho '[ERROR] Failed to execute goal (mojo)' >&2\nexit 1\n");
        script(bin.resolve("java"), "#!/bin/sh\necho \"java ran $*\"\n");
        jar = root.resolve("target/ecs-triage-0.1.0-all.jar");
        for (Path p : List.of(root.resolve("pom.xml"), root.resolve("src/main/java/Main.java"), root.resolve("src/test/java/MainTest.java"), jar)) {
            Files.writeString(p, "x");
            Files.setLastModifiedTime(p, FileTime.from(BUILT));
        }
        Files.setLastModifiedTime(jar, FileTime.from(BUILT.plusSeconds(60)));
        for (String d : List.of("src/main/java", "src/main", "src/test/java", "src/test", "src", "rules")) {
            Files.setLastModifiedTime(root.resolve(d), FileTime.from(BUILT)); // made just now, but not changed since the build
        }
        for (Path p : List.of(tmp, root, root.resolve("target"), bin)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path p : List.of(root.resolve("bin/ecs-triage"), root.resolve("pom.xml"), jar)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(p.endsWith("ecs-triage") ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    private static void script(Path p, String text) throws IOException {
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void touch(String relative) throws IOException {
        Files.setLastModifiedTime(root.resolve(relative), FileTime.from(BUILT.plusSeconds(3600)));
    }

    record Run(int exit, String out, String err) {}

    /** Runs the launcher; `asOther` runs it as a user who cannot write the project (nobody, when we are root). */
    private Run launch(boolean readOnly) throws Exception {
        return launch(readOnly, List.of("rules"), null);
    }

    private Run launch(boolean readOnly, List<String> args, String javaOpts) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (readOnly) {
            if (isRoot()) {
                cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
            } else {
                Files.setPosixFilePermissions(root.resolve("target"), PosixFilePermissions.fromString("r-xr-xr-x"));
                Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
        }
        cmd.add(root.resolve("bin/ecs-triage").toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (javaOpts != null) pb.environment().put("ECS_TRIAGE_JAVA_OPTS", javaOpts);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("ECS_TRIAGE_CDS", "off");
        pb.environment().put("TMPDIR", tmp.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Run r = new Run(p.exitValue(), new String(p.getInputStream().readAllBytes()), new String(p.getErrorStream().readAllBytes()));
        if (readOnly && !isRoot()) {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(root.resolve("target"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return r;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private boolean mvnCalled() {
        return Files.exists(mvnLog);
    }

    @Test
    void theReleaseArchiveLauncherRunsWithTheSameJvmFlags() throws IOException {
        assertEquals(jvmFlags(TestDiagnosis.projectDir().resolve("bin/ecs-triage")),
                jvmFlags(TestDiagnosis.projectDir().resolve("src/dist/bin/ecs-triage")),
                "bin/ecs-triage and src/dist/bin/ecs-triage set the same JIT_FLAGS (docs/benchmarks.md measured them)");
    }

    @Test
    void bothLaunchersSizeTheHeapForTheInputAlike() throws IOException {
        assertEquals(heapSizing(TestDiagnosis.projectDir().resolve("bin/ecs-triage")),
                heapSizing(TestDiagnosis.projectDir().resolve("src/dist/bin/ecs-triage")));
    }

    private static List<String> heapSizing(Path launcher) throws IOException {
        List<String> lines = Files.readAllLines(launcher);
        int from = lines.indexOf("heap_for_input() {");
        assertTrue(from >= 0, launcher + " defines heap_for_input");
        return lines.subList(from, lines.indexOf("heap_for_input \"$@\"") + 1);
    }

    @Test
    void aLargeFixtureGetsAFirstHeapOf28TimesItsSizeAndCompilesAtTheUsualCount() throws Exception {
        Path big = tmp.resolve("big.json");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: the launcher only asks its size
        }
        Path small = tmp.resolve("small.json");
        Files.writeString(small, "{}");

        Run large = launch(false, List.of("diagnose", "--fixture", big.toString()), null);
        Run equals = launch(false, List.of("diagnose", "--format", "json", "--fixture=" + big), null);
        Run little = launch(false, List.of("diagnose", "--fixture", small.toString()), null);
        Run stdin = launch(false, List.of("diagnose", "--fixture", "-"), null);
        Run theirs = launch(false, List.of("diagnose", "--fixture", big.toString()), "-Xmx900m");
        Run theirGc = launch(false, List.of("diagnose", "--fixture", big.toString()), "-XX:+UseG1GC");

        String sized = " -Xms1400m -XX:CompileThresholdScaling=1 -XX:-UseSerialGC -XX:+UseParallelGC ";
        assertTrue(large.out().contains(sized), large::toString);
        assertTrue(equals.out().contains(sized), equals::toString);
        assertEquals(0, theirGc.exit(), theirGc::toString);
        assertTrue(theirGc.out().contains(" -Xms1400m -XX:CompileThresholdScaling=1 "), theirGc::toString);
        assertFalse(theirGc.out().contains("UseParallelGC") || theirGc.out().contains("UseSerialGC"), "their collector alone: " + theirGc);
        assertTrue(theirGc.out().contains(" -XX:+UseG1GC "), theirGc::toString);
        for (Run r : List.of(little, stdin, theirs)) {
            assertEquals(0, r.exit(), r::toString);
            assertFalse(r.out().contains("-Xms1400m"), r::toString);
            assertFalse(r.out().contains("-XX:CompileThresholdScaling=1 "), r::toString);
            assertFalse(r.out().contains("UseParallelGC"), r::toString);
            assertTrue(r.out().contains(" -XX:CompileThresholdScaling=3 "), r::toString);
            assertTrue(r.out().contains(" -Xms96m "), r::toString);
        }
        assertTrue(theirs.out().contains(" -Xmx900m "), theirs::toString);
    }

    private static String jvmFlags(Path launcher) throws IOException {
        return Files.readAllLines(launcher).stream().filter(l -> l.startsWith("JIT_FLAGS=(")).findFirst()
                .orElseThrow(() -> new AssertionError(launcher + " sets JIT_FLAGS"));
    }

    @Test
    void anUpToDateJarRunsWithoutBuilding() throws Exception {
        Run r = launch(false);

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("java ran "), r::toString);
        assertFalse(mvnCalled());
    }

    @Test
    void touchingOnlyTestSourcesDoesNotRebuildTheJar() throws Exception {
        touch("src/test/java/MainTest.java");

        Run r = launch(false);

        assertFalse(mvnCalled(), r::toString);
        assertTrue(r.out().startsWith("java ran "), r::toString);
    }

    @Test
    void touchingProductSourcesRebuilds() throws Exception {
        touch("src/main/java/Main.java");

        Run r = launch(false);

        assertTrue(mvnCalled(), "the fake mvn was called:\n" + r);
        assertEquals(4, r.exit(), r::toString);
    }

    @Test
    void aReadOnlyCheckoutWithNewerSourcesUsesTheJarItHas() throws Exception {
        touch("src/main/java/Main.java");

        Run r = launch(true);

        assertFalse(mvnCalled(), r::toString);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("java ran "), r::toString);
        assertEquals(List.of("ecs-triage: sources are newer than the jar, but " + root.resolve("target")
                + " is not writable: using the jar as built"), r.err().lines().toList());
    }

    @Test
    void aReadOnlyCheckoutWithoutAJarSaysSoInOneLine() throws Exception {
        Files.delete(jar);

        Run r = launch(true);

        assertFalse(mvnCalled(), r::toString);
        assertEquals(4, r.exit(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("ecs-triage: cannot build: " + root.resolve("target") + " is not writable"), r::toString);
        assertFalse(r.err().contains("mojo"), r::toString);
    }
}
