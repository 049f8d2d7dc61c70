package io.ecstriage.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** target/ecs-triage-VERSION-linux-x64.tar.gz: runs on its own jlink runtime, with no Java anywhere on PATH. */
class SelfContainedArchiveIT {
    private static final Path ARCHIVE = Installed.BUILD.resolve("ecs-triage-" + Installed.VERSION + "-linux-x64.tar.gz");
    /** Coreutils only: what the launcher may use for its AppCDS archive (mkdir, mv, rm, readlink), and no java. */
    private static final List<String> COREUTILS = List.of("cat", "cp", "ls", "mkdir", "mv", "readlink", "rm", "touch");

    @TempDir
    Path tmp;

    @Test
    void runsWithOnlyCoreutilsOnThePath() throws Exception {
        // the pom's self-contained profile builds it wherever this JDK has jmods on linux-x64, as on CI
        assumeTrue(Files.isDirectory(Path.of(System.getProperty("java.home"), "jmods"))
                && "amd64".equals(System.getProperty("os.arch")) && "Linux".equals(System.getProperty("os.name")), "no jmods: no self-contained archive");
        assertTrue(Files.isRegularFile(ARCHIVE), ARCHIVE + " was not built");
        Installed installed = Installed.untar(ARCHIVE, Files.createDirectory(tmp.resolve("install")));
        Installed.makeReadOnly(installed.home);
        Path coreutils = Files.createDirectory(tmp.resolve("coreutils"));
        for (String tool : COREUTILS) {
            Path real = Files.exists(Path.of("/usr/bin", tool)) ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
            Files.createSymbolicLink(coreutils.resolve(tool), real);
        }
        Map<String, String> env = Map.of("PATH", coreutils.toString(), "XDG_CACHE_HOME", tmp.resolve("cache").toString());
        assertEquals(127, Installed.run(List.of("/bin/bash", "-c", "java -version"), tmp, env).exit(), "java must not be on this PATH");

        Installed.Result first = installed.launch(env, "diagnose", "--fixture", installed.scenario().toString(), "--color", "never");
        Installed.Result second = installed.launch(env, "diagnose", "--fixture", installed.scenario().toString(), "--color", "never");
        Installed.Result version = installed.launch(env, "--version");

        assertEquals(1, first.exit(), first::toString);
        assertEquals(Installed.expectedReport(installed.scenario().toString()), first.out());
        assertEquals(first.out(), second.out());
        assertEquals("", first.err() + second.err());
        assertTrue(version.out().contains("at " + installed.home.resolve("runtime")), version::toString);
        String runtimeVersion = Files.readAllLines(installed.home.resolve("runtime/release")).stream()
                .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElseThrow().replaceAll("JAVA_VERSION=\"(.*)\"", "$1");
        assertTrue(Files.size(tmp.resolve("cache/ecs-triage/" + Installed.VERSION + "-" + runtimeVersion + "/ecs-triage.jsa")) > 0,
                "the AppCDS archive, made by the bundled runtime in the user cache");
    }
}
