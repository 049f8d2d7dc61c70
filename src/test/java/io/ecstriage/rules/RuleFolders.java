package io.ecstriage.rules;

import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The rule folders, rules/CATEGORY/ID/ holding ID.drl, found on disk: nothing lists them by hand. */
public final class RuleFolders {
    private RuleFolders() {}

    /** One rule's folder and the files it holds by convention. */
    public record RuleFolder(String id, String category, Path dir) {
        public Path drl() {
            return dir.resolve(id + ".drl");
        }

        public Path readme() {
            return dir.resolve("README.md");
        }

        public Path corpus() {
            return dir.resolve("corpus.json");
        }

        /** fires-*.json or quiet-*.json, sorted. */
        public List<Path> fixtures(String prefix) {
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.startsWith(prefix) && n.endsWith(".json") && Files.isRegularFile(p);
                }).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Path root() {
        return TestDiagnosis.projectDir().resolve("rules");
    }

    /** Scanned once per test JVM: the folders do not change while the tests run. */
    private static final class Scanned {
        static final List<RuleFolder> ALL = scan();
    }

    /** Every rules/CATEGORY/ID/ that holds ID.drl, sorted by id. */
    public static List<RuleFolder> all() {
        return Scanned.ALL;
    }

    private static List<RuleFolder> scan() {
        Path root = root();
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.walk(root, 2)) {
            return s.filter(d -> root.relativize(d).getNameCount() == 2 && Files.isRegularFile(d.resolve(d.getFileName() + ".drl")))
                    .map(d -> new RuleFolder(d.getFileName().toString(), d.getParent().getFileName().toString(), d))
                    .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleFolder of(String id) {
        return all().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no folder rules/*/" + id + "/ holding " + id + ".drl"));
    }
}
