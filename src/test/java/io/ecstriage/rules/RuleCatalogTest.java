package io.ecstriage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.ecstriage.GeneratedFiles;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.finding.HitSink;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One rule id, one string everywhere: rules/CATEGORY/ID/ID.drl declares rule "ID" (its variants "ID: …") with
 * valid metadata; the folder's category is its @category; the folder holds fires- and quiet- fixtures, README.md
 * (its header generated from the annotations) and corpus.json when @corpus names texts; an IDTest.java beside it
 * tests that rule; a LOW rule keeps the advisory promises. Nothing may exist for an id without its rule, and no
 * id twice.
 */
class RuleCatalogTest {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([^\\s\"']+))");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Set<String> SEVERITIES = Set.of("HIGH", "MEDIUM", "LOW");

    /** One rules/**&#47;ID.drl file and the rule names it declares. */
    record DrlFile(Path path, String id, String folder, List<String> ruleNames) {
        String category() {
            int slash = folder.indexOf('/');
            return slash < 0 ? folder : folder.substring(0, slash);
        }

        Path dir() {
            return path.getParent();
        }

        String javaPackage() {
            // a Java package cannot contain "-": rules/load-balancing is tested in package …rules.loadbalancing
            return category().replaceAll("[^A-Za-z0-9_]", "").toLowerCase(Locale.ROOT);
        }
    }

    private static Path project() {
        return TestDiagnosis.projectDir();
    }

    private static RuleEngine engine() {
        return TestDiagnosis.engine();
    }

    static List<DrlFile> drlFiles() {
        Path rules = project().resolve("rules");
        if (!Files.isDirectory(rules)) return List.of();
        try (Stream<Path> s = Files.walk(rules)) {
            return s.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().map(p -> {
                String file = p.getFileName().toString();
                Path parent = rules.relativize(p).getParent();
                return new DrlFile(p, file.substring(0, file.length() - ".drl".length()),
                        parent == null ? "" : parent.toString().replace('\\', '/'), ruleNames(p));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ruleNames(Path drl) {
        String text;
        try {
            text = BLOCK_COMMENT.matcher(Files.readString(drl, StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        return names;
    }

    private static Set<String> drlIds() {
        return drlFiles().stream().map(DrlFile::id).collect(Collectors.toCollection(TreeSet::new));
    }

    // --- each rule file ---

    @TestFactory
    Stream<DynamicContainer> eachRuleFile() {
        return drlFiles().stream().map(f -> dynamicContainer(f.id(), f.path().toUri(), Stream.of(
                dynamicTest("lives in a category folder", () -> assertInCategoryFolder(f)),
                dynamicTest("declares rule \"" + f.id() + "\"", () -> assertTrue(f.ruleNames().contains(f.id()),
                        () -> f.path() + " has no rule named exactly \"" + f.id() + "\"; rules: " + f.ruleNames())),
                dynamicTest("names its other rules \"" + f.id() + ": …\"", () -> assertVariantsNamed(f)),
                dynamicTest("has @title, @severity, @category and @summary", () -> assertMetadata(f)),
                dynamicTest("is compiled into the rule base", () -> assertCompiled(f)),
                dynamicTest("has fires- and quiet- fixtures", () -> assertFixtures(f)),
                dynamicTest("has README.md", () -> assertTrue(Files.isRegularFile(f.dir().resolve("README.md")),
                        () -> "missing " + f.dir().resolve("README.md"))),
                dynamicTest("its folder is its @category", () -> assertEquals(f.category(), meta(f).category(),
                        () -> f.path() + ": the category folder and @category differ")),
                dynamicTest("has corpus.json when @corpus names texts", () -> assertTrue(meta(f).corpus().isEmpty()
                        || Files.isRegularFile(f.dir().resolve("corpus.json")), () -> f.id() + ": @corpus " + meta(f).corpus() + " but no corpus.json")),
                dynamicTest("README.md starts with the header generated from its annotations", () -> assertReadmeHeader(f)),
                dynamicTest("a test class beside it tests this rule", () -> assertTestClass(f)),
                dynamicTest("keeps the advisory promises if LOW", () -> assertAdvisoryPromises(f)))));
    }

    private static RuleMeta meta(DrlFile f) {
        RuleMeta m = engine().catalog().get(f.id());
        assertNotNull(m, () -> "rule \"" + f.id() + "\" is not in the catalog; catalog: " + engine().catalog().keySet());
        return m;
    }

    private static void assertReadmeHeader(DrlFile f) throws IOException {
        Path readme = f.dir().resolve("README.md");
        assertTrue(Files.isRegularFile(readme), () -> "missing " + readme);
        GeneratedFiles.verify(readme, ReadmeHeader.apply(meta(f), Files.readString(readme, StandardCharsets.UTF_8)));
    }

    /**
     * What every advisory (LOW) rule promises: silent on the healthy scenario, never ranked above a failure (in its
     * fires- fixtures and in every scenario), and alone it does not fail the run.
     */
    private static void assertAdvisoryPromises(DrlFile f) {
        if (meta(f).severity() != Severity.LOW) return;
        assertTrue(TestDiagnosis.finding(TierThree.scenario("healthy-service"), f.id()).isEmpty(), f.id() + " must stay quiet on the healthy scenario");
        List<Report> reports = new ArrayList<>();
        for (Path fixture : RuleFolders.of(f.id()).fixtures("fires-")) reports.add(RuleFixturesTest.diagnose(fixture));
        for (String scenario : TierThree.scenarios()) reports.add(TierThree.scenario(scenario));
        for (Report r : reports) {
            if (TestDiagnosis.finding(r, f.id()).isEmpty()) continue;
            TierThree.assertNotAboveAFailure(r, f.id());
            if (r.findings().stream().allMatch(x -> x.severity() == Severity.LOW)) {
                assertFalse(r.problemsFound(), () -> "advisories alone must not fail the run: " + r.input());
            }
        }
    }

    private static void assertInCategoryFolder(DrlFile f) {
        assertEquals(f.category() + "/" + f.id(), f.folder(), () -> f.path() + " must be rules/<category>/" + f.id() + "/" + f.id() + ".drl");
    }

    private static void assertVariantsNamed(DrlFile f) {
        List<String> wrong = f.ruleNames().stream()
                .filter(n -> !n.equals(f.id()))
                .filter(n -> !n.startsWith(f.id() + ": ") || n.substring(f.id().length() + 2).isBlank())
                .toList();
        assertEquals(List.of(), wrong, () -> f.path() + ": every rule other than \"" + f.id() + "\" must be named \"" + f.id() + ": …\"");
        assertEquals(f.ruleNames().size(), new TreeSet<>(f.ruleNames()).size(), () -> f.path() + " repeats a rule name: " + f.ruleNames());
    }

    private static void assertMetadata(DrlFile f) {
        RuleMeta m = engine().catalog().get(f.id());
        assertNotNull(m, () -> "rule \"" + f.id() + "\" is not in the catalog; catalog: " + engine().catalog().keySet());
        List<String> problems = new ArrayList<>();
        if (m.title() == null || m.title().isBlank()) problems.add("@title missing or empty");
        if (m.severity() == null || !SEVERITIES.contains(m.severity().name())) problems.add("@severity missing or not one of " + SEVERITIES);
        if (m.category() == null || m.category().isBlank()) problems.add("@category missing or empty");
        if (m.summary() == null || m.summary().isBlank()) problems.add("@summary missing or empty");
        assertEquals(List.of(), problems, () -> f.path() + ": " + m);
    }

    private static void assertCompiled(DrlFile f) {
        List<String> compiled = engine().ruleNames();
        List<String> missing = f.ruleNames().stream().filter(n -> !compiled.contains(n)).toList();
        assertEquals(List.of(), missing, () -> f.path() + " declares rules the compiled rule base lacks (stale build?)");
    }

    private static void assertFixtures(DrlFile f) throws IOException {
        Path folder = f.dir();
        List<String> names;
        try (Stream<Path> s = Files.list(folder)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertTrue(names.stream().anyMatch(n -> n.startsWith("fires-")), () -> "no fires-*.json in " + folder + ": " + names);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("quiet-")), () -> "no quiet-*.json in " + folder + ": " + names);
    }

    /** A rule's test class holds its inline cases and is optional; when there is one, it tests this rule. */
    private static void assertTestClass(DrlFile f) throws Exception {
        Path test = f.dir().resolve(f.id() + "Test.java");
        if (!Files.isRegularFile(test)) return;

        String className = "io.ecstriage.rules." + f.javaPackage() + "." + f.id() + "Test";
        Class<?> cls;
        try {
            cls = Class.forName(className);
        } catch (ClassNotFoundException e) {
            fail(className + " does not compile to that name: its package must be io.ecstriage.rules." + f.javaPackage());
            return;
        }
        assertTrue(RuleCases.class.isAssignableFrom(cls), () -> className + " must extend RuleCases");
        Constructor<?> c = cls.getDeclaredConstructor();
        c.setAccessible(true);
        assertEquals(f.id(), ((RuleCases) c.newInstance()).ruleId(), () -> className + " tests another rule id");
    }

    // --- the whole catalog ---

    @Test
    void thereAreRules() {
        assertFalse(drlFiles().isEmpty(), "no rules/**/*.drl under " + project());
    }

    @Test
    void noTwoFilesDefineTheSameId() {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        for (DrlFile f : drlFiles()) byId.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f.folder());
        Map<String, List<String>> byRuleId = new LinkedHashMap<>();
        for (DrlFile f : drlFiles()) {
            for (String n : f.ruleNames()) {
                List<String> files = byRuleId.computeIfAbsent(HitSink.ruleIdOf(n), k -> new ArrayList<>());
                if (!files.contains(f.folder() + "/" + f.id())) files.add(f.folder() + "/" + f.id());
            }
        }

        assertEquals(Map.of(), filterRepeated(byId), "one file per id");
        assertEquals(Map.of(), filterRepeated(byRuleId), "a rule id is reported from one file only");
    }

    @Test
    void everyRuleOfAFileReportsUnderThatFilesId() {
        List<String> foreign = new ArrayList<>();
        for (DrlFile f : drlFiles()) {
            for (String n : f.ruleNames()) if (!HitSink.ruleIdOf(n).equals(f.id())) foreign.add(f.id() + ".drl: " + n);
        }
        assertEquals(List.of(), foreign);
    }

    @Test
    void everyCompiledRuleHasItsFile() {
        Set<String> ids = drlIds();
        List<String> orphans = engine().ruleNames().stream().filter(n -> !ids.contains(HitSink.ruleIdOf(n))).toList();
        assertEquals(List.of(), orphans, "compiled rules without a rules/**/ID.drl (stale build or misnamed file)");
        assertEquals(ids, new TreeSet<>(engine().catalog().keySet()), "catalog ids and file ids");
    }

    @Test
    void noRuleFolderWithoutItsRule() throws IOException {
        Path rules = project().resolve("rules");
        List<String> orphans;
        try (Stream<Path> s = Files.walk(rules, 2)) {
            orphans = s.filter(d -> rules.relativize(d).getNameCount() == 2 && Files.isDirectory(d))
                    .filter(d -> !Files.isRegularFile(d.resolve(d.getFileName() + ".drl")))
                    .map(d -> rules.relativize(d).toString().replace('\\', '/')).sorted().toList();
        }
        assertEquals(List.of(), orphans, "rules/<category>/<ID>/ folders without <ID>.drl");
    }

    @Test
    void ruleNamesAreReadFromDrlText() throws IOException {
        Path tmp = Files.createTempFile("Sample", ".drl");
        try {
            Files.writeString(tmp, """
                    package x;
                    // rule "Commented"
                    /* rule "Blocked"
                    */
                    rule "Sample"
                        @title("t")
                    when then end
                      rule "Sample: variant"
                    when then end
                    rule Bare when then end
                    """);
            assertEquals(List.of("Sample", "Sample: variant", "Bare"), ruleNames(tmp));
        } finally {
            Files.delete(tmp);
        }
    }

    private static Map<String, List<String>> filterRepeated(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> { if (v.size() > 1) out.put(k, v); });
        return out;
    }
}
