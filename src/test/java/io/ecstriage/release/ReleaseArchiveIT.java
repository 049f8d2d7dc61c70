package io.ecstriage.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** target/ecs-triage-VERSION.tar.gz (and .zip) as a user gets them: unpacked, read-only, with nothing but java. */
class ReleaseArchiveIT {
    private static final Path TAR = Installed.BUILD.resolve("ecs-triage-" + Installed.VERSION + ".tar.gz");
    private static final Path ZIP = Installed.BUILD.resolve("ecs-triage-" + Installed.VERSION + ".zip");

    @TempDir
    static Path tmp;

    private static Installed installed;
    private static Path javaOnly;

    @BeforeAll
    static void unpack() throws Exception {
        Path into = Files.createDirectory(tmp.resolve("install"));
        installed = Installed.untar(TAR, into);
        Installed.makeReadOnly(into);
        javaOnly = Installed.javaOnly(tmp.resolve("java-only"));
    }

    private static Map<String, String> env(String path, Path cacheHome) {
        return Map.of("PATH", path, "HOME", tmp.resolve("home").toString(), "XDG_CACHE_HOME", cacheHome.toString());
    }

    @Test
    void diagnosesABundledScenarioWithOnlyJavaOnThePath() throws Exception {
        Installed.Result r = installed.launch(env(javaOnly.toString(), tmp.resolve("cache-java-only")),
                "diagnose", "--fixture", installed.scenario().toString(), "--color", "never");

        assertEquals(1, r.exit(), r::toString);
        assertEquals(Installed.expectedReport(installed.scenario().toString()), r.out());
        assertEquals("", r.err(), "no launcher or JVM noise");
    }

    @Test
    void makesItsAppCdsArchiveInTheUserCacheAndNothingInTheInstallDirectory() throws Exception {
        List<String> before = Installed.listing(installed.home);
        Path cache = tmp.resolve("cache");
        Map<String, String> env = env("/usr/bin:/bin:" + javaOnly, cache);

        Installed.Result first = installed.launch(env, "diagnose", "--fixture", installed.scenario().toString(), "--format", "json");
        Installed.Result second = installed.launch(env, "diagnose", "--fixture", installed.scenario().toString(), "--format", "json");

        assertEquals(1, first.exit(), first::toString);
        assertEquals(first.out(), second.out());
        assertEquals("", first.err() + second.err());
        List<Path> archives;
        try (var s = Files.list(cache.resolve("ecs-triage"))) {
            // beside the archives, what `java` resolved to (so later starts need no readlink fork)
            archives = s.filter(p -> !p.getFileName().toString().equals("java-real")).toList();
        }
        assertEquals(1, archives.size(), archives::toString);
        assertTrue(Files.readString(cache.resolve("ecs-triage/java-real")).endsWith("/bin/java\n"), "the java the launcher resolved");
        assertTrue(archives.get(0).getFileName().toString().startsWith(Installed.VERSION + "-" + Runtime.version().feature()), archives::toString);
        assertTrue(Files.size(archives.get(0).resolve("ecs-triage.jsa")) > 0);
        assertEquals(before, Installed.listing(installed.home), "the install directory is left as it was");
    }

    @Test
    void makesAnAotCacheInsteadOnJava24AndLater() throws Exception {
        Path java24 = Installed.java24OrLater();
        Assumptions.assumeTrue(java24 != null, "no Java 24 or later under /usr/lib/jvm");
        Path cache = tmp.resolve("cache-aot");
        Map<String, String> env = new java.util.HashMap<>(env("/usr/bin:/bin", cache));
        env.put("JAVA_HOME", java24.toString());

        Installed.Result first = installed.launch(env, "diagnose", "--fixture", installed.scenario().toString(), "--color", "never");
        Installed.Result second = installed.launch(env, "diagnose", "--fixture", installed.scenario().toString(), "--color", "never");

        assertEquals(1, first.exit(), first::toString);
        assertEquals(Installed.expectedReport(installed.scenario().toString()), first.out(), "the report of Java 17");
        assertEquals(first.out(), second.out());
        assertEquals("", first.err() + second.err(), "no launcher or JVM noise");
        List<Path> caches;
        try (var s = Files.list(cache.resolve("ecs-triage"))) {
            caches = s.filter(p -> !p.getFileName().toString().equals("java-real")).toList();
        }
        assertEquals(1, caches.size(), caches::toString);
        assertTrue(Files.size(caches.get(0).resolve("ecs-triage.aot")) > 0, "the AOT cache");
        assertTrue(Files.notExists(caches.get(0).resolve("ecs-triage.jsa")), "no AppCDS archive beside it");
        assertEquals(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining"),
                Files.readAllLines(caches.get(0).resolve("ecs-triage.aot.flags")), "run without replaying the training's profiles");
    }

    @Test
    void runsWithoutTheArchiveWhenTheCacheCannotBeMade() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("cache-is-a-file"), "");  // unwritable even for root

        Installed.Result r = installed.launch(env("/usr/bin:/bin:" + javaOnly, notADirectory), "diagnose", "--fixture",
                installed.scenario().toString(), "--format", "brief");

        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Ranking: 5 causes\n  #1 HealthCheckBlockedBySecurityGroup"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void versionCompletionManPageAndLicencesComeWithIt() throws Exception {
        Installed.Result v = installed.launch(env(javaOnly.toString(), tmp.resolve("cache-version")), "--version");
        assertEquals(0, v.exit(), v::toString);
        assertTrue(v.out().startsWith("ecs-triage " + Installed.VERSION + " (commit "), v.out());
        assertTrue(v.out().contains("\nrules: "), v.out());

        Path completion = installed.home.resolve("share/ecs-triage/completion/ecs-triage.bash");
        Installed.Result c = Installed.run(List.of("/bin/bash", "-c", "source " + completion
                + "; COMP_WORDS=(ecs-triage diagnose --format ''); COMP_CWORD=3; _complete_ecs-triage 2>/dev/null; echo \"${COMPREPLY[*]}\""),
                tmp, Map.of("PATH", "/usr/bin:/bin"));
        assertEquals("text json markdown brief sarif junit\n", c.out(), c::toString);
        assertTrue(Files.readString(installed.home.resolve("share/ecs-triage/completion/ecs-triage.zsh")).contains("bashcompinit"));

        String man = Files.readString(installed.home.resolve("share/man/man1/ecs-triage.1"));
        assertTrue(man.startsWith(".TH ECS-TRIAGE 1 "), man);
        for (String section : List.of(".SH \"DIAGNOSE\"", ".SH \"SNAPSHOT\"", ".SH \"RULES\"", ".SH \"DOCTOR\"", "\\-\\-template", ".SH \"EXIT STATUS\"")) {
            assertTrue(man.contains(section), section);
        }
        assertTrue(!man.contains("warm\\-up"), "hidden commands stay out");

        String licences = Files.readString(installed.home.resolve("THIRD-PARTY.txt"));
        for (String dep : List.of("info.picocli:picocli:", "org.yaml:snakeyaml:", "org.drools:drools-engine:", "software.amazon.awssdk:amplify:")) {
            assertTrue(licences.contains(dep), dep);
        }
        assertTrue(!licences.contains("junit-jupiter"), "test dependencies are not bundled");
        assertTrue(!licences.contains("software.amazon.awssdk:ec2:"), "the SDK's service modules the wire client replaced are test dependencies");
    }

    @Test
    void theZipHoldsWhatTheTarHolds() throws IOException {
        List<String> inZip = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) inZip.add(e.getName().replaceAll("/$", ""));
        }
        List<String> inTar = Installed.listing(installed.home.getParent()).stream().filter(p -> !p.isEmpty()).toList();

        assertEquals(inTar, inZip.stream().sorted().toList());
    }
}
