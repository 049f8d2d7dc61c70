package io.ecstriage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every committed file the build generates (golden reports, docs/rules/index.md, the rule READMEs' headers) is
 * compared by a test and rewritten by one switch: ECSTRIAGE_REGENERATE=1 (or -Decstriage.regenerate=true).
 * ECSTRIAGE_UPDATE_GOLDEN / -Decstriage.updateGolden, the older name, mean the same.
 */
public final class GeneratedFiles {
    public static final String HOW_TO_REGENERATE = "ECSTRIAGE_REGENERATE=1 mvn -B test (or -Decstriage.regenerate=true;"
            + " the older ECSTRIAGE_UPDATE_GOLDEN=1 and -Decstriage.updateGolden=true still work)";

    private GeneratedFiles() {}

    /** The explicit switch: a system property (mvn -D… is passed on by surefire) or an environment variable. */
    public static boolean regenerating() {
        return isOn(System.getProperty("ecstriage.regenerate")) || isOn(System.getenv("ECSTRIAGE_REGENERATE"))
                || isOn(System.getProperty("ecstriage.updateGolden")) || isOn(System.getenv("ECSTRIAGE_UPDATE_GOLDEN"));
    }

    public static boolean isOn(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
    }

    public static String normalise(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Compares `file` with what the build generates now or, when regenerating, writes it; line endings do not count. */
    public static void verify(Path file, String generated, boolean regenerate) {
        String normalised = normalise(generated);
        try {
            if (regenerate) {
                if (!Files.exists(file) || !normalise(Files.readString(file, StandardCharsets.UTF_8)).equals(normalised)) {
                    Files.writeString(file, normalised, StandardCharsets.UTF_8);
                    System.out.println("regenerated " + file);
                }
                return;
            }
            if (!Files.exists(file)) fail("missing generated file " + file + "; generate it with " + HOW_TO_REGENERATE + ", review it and commit it");
            assertEquals(normalise(Files.readString(file, StandardCharsets.UTF_8)), normalised,
                    () -> file + " differs from what the build generates; if the change is intended, regenerate with " + HOW_TO_REGENERATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void verify(Path file, String generated) {
        verify(file, generated, regenerating());
    }
}
