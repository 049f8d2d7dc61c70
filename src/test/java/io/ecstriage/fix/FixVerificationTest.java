package io.ecstriage.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The verification table tells the truth: advisory rules print nothing, emulator-verified ones have their IT. */
class FixVerificationTest {

    @Test
    void advisoryRulesAreExactlyThoseWithoutAFixStep() throws IOException {
        Set<String> without = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TestDiagnosis.projectDir().resolve("rules"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                String text = read(p);
                if (!text.contains(".fix(") && !text.contains(".fixAll(")) without.add(p.getFileName().toString().replace(".drl", ""));
            }
        }
        assertEquals(without, new TreeSet<>(FixVerification.ADVISORY_ONLY));
    }

    @Test
    void everyEmulatorVerifiedRuleHasItsTestInLiveFixesIT() throws Exception {
        Set<String> tests = Arrays.stream(Class.forName("io.ecstriage.live.LiveFixesIT").getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(org.junit.jupiter.api.Test.class)).map(Method::getName).collect(Collectors.toSet());
        for (String rule : FixVerification.EMULATOR_VERIFIED) {
            String method = Character.toLowerCase(rule.charAt(0)) + rule.substring(1);
            assertTrue(tests.contains(method), "LiveFixesIT has no test " + method + " for " + rule);
        }
        assertEquals(FixVerification.EMULATOR, FixVerification.of("LogGroupMissing"));
        assertEquals(FixVerification.UNIT, FixVerification.of("UrlMissingScheme"));
        assertEquals(FixVerification.ADVISORY, FixVerification.of("EssentialContainerExited"));
    }

    /** Each rule page with a fix says how far it is verified, in the words of the index, and why when not in moto. */
    @Test
    void everyRulePageWithAFixSaysHowItIsVerified() throws IOException {
        try (Stream<Path> files = Files.walk(TestDiagnosis.projectDir().resolve("rules"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                String rule = p.getFileName().toString().replace(".drl", "");
                FixVerification v = FixVerification.of(rule);
                if (v == FixVerification.ADVISORY) continue;
                String readme = read(p.resolveSibling("README.md"));
                assertTrue(readme.contains("**Verification:** " + v.label()), rule + "'s README lacks '**Verification:** " + v.label() + "'");
                if (v == FixVerification.UNIT) {
                    String line = readme.substring(readme.indexOf("**Verification:** "));
                    assertTrue(line.startsWith("**Verification:** " + v.label() + ":") || line.startsWith("**Verification:** " + v.label() + "."),
                            rule + ": say why the fix is not applied in moto");
                }
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
