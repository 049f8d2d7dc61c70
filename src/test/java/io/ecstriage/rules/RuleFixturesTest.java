package io.ecstriage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.ecstriage.Samples;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fires-*.json and quiet-*.json of every rule folder, diagnosed, must meet its "expect" block: a rule's own
 * test class only holds its inline cases. The input is named as the CLI names it when run from the project root.
 */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicContainer> everyRuleFolder() {
        List<RuleFolders.RuleFolder> folders = RuleFolders.all();
        assertFalse(folders.isEmpty(), "no rules/*/*/ folders");
        return folders.stream().map(f -> dynamicContainer(f.id(), f.dir().toUri(),
                Stream.concat(f.fixtures("fires-").stream(), f.fixtures("quiet-").stream()).map(file -> fixtureTest(f, file))));
    }

    private static DynamicNode fixtureTest(RuleFolders.RuleFolder folder, Path file) {
        return dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            FixtureExpectation expect = expectation(file);
            assertEquals(file.getFileName().toString().startsWith("fires-"), expect.fires(),
                    () -> file + ": a fires- fixture expects \"fires\": true, a quiet- one false");
            Report report = diagnose(file);
            assertEquals(List.of(), expect.violations(report, folder.id()),
                    () -> file.getFileName() + ": got " + TestDiagnosis.summary(report) + "\n  fixture: " + report.description());
        });
    }

    static FixtureExpectation expectation(Path file) {
        try {
            return FixtureExpectation.read(Samples.JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    static Report diagnose(Path file) {
        return TestDiagnosis.diagnoseFile(file, TestDiagnosis.projectDir().relativize(file).toString().replace('\\', '/'));
    }
}
