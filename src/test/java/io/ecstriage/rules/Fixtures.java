package io.ecstriage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** Loads a bundled rule fixture, edits its captures (drop one, add a text) and diagnoses the result, for inline variants in rule tests. */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode root;

    private Fixtures(ObjectNode root) {
        this.root = root;
    }

    /** rules/CATEGORY/RULE/NAME */
    public static Fixtures of(String rule, String name) {
        Path file = RuleFolders.of(rule).dir().resolve(name);
        try {
            return new Fixtures((ObjectNode) JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the captures whose command starts with `aws SERVICE OPERATION` (e.g. "aws ecs describe-tasks"). */
    public Fixtures without(String commandPrefix) {
        return removeIf(c -> c.path("command").asText("").startsWith(commandPrefix));
    }

    /** Drops the pasted texts (captures without a command). */
    public Fixtures withoutPastedText() {
        return removeIf(c -> !c.has("command") && c.has("text"));
    }

    public Fixtures withText(String text) {
        ((ArrayNode) root.get("captures")).addObject().put("text", text);
        return this;
    }

    /** Sets the stoppedReason of the `index`-th task (counted over every describe-tasks capture, from 0). */
    public Fixtures withStoppedReason(int index, String reason) {
        ObjectNode copy = root.deepCopy();
        int i = 0;
        for (JsonNode c : copy.get("captures")) {
            for (JsonNode t : c.path("output").path("tasks")) {
                if (i++ == index) ((ObjectNode) t).put("stoppedReason", reason);
            }
        }
        if (i <= index) throw new IllegalArgumentException("no task " + index + " among " + i);
        return new Fixtures(copy);
    }

    private Fixtures removeIf(Predicate<JsonNode> p) {
        ObjectNode copy = root.deepCopy();
        Iterator<JsonNode> it = copy.get("captures").iterator();
        while (it.hasNext()) if (p.test(it.next())) it.remove();
        return new Fixtures(copy);
    }

    public Report diagnose() {
        try {
            return TestDiagnosis.diagnose("inline.json", JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report diagnose(String rule, String name) {
        return of(rule, name).diagnose();
    }

    /** The finding of `ruleId`, failing with the report's summary when there is none. */
    public static Finding finding(Report report, String ruleId) {
        return TestDiagnosis.finding(report, ruleId).orElseThrow(() -> new AssertionError("no " + ruleId + ": " + TestDiagnosis.summary(report)));
    }

    public static void assertFirst(Report report, String ruleId) {
        assertTrue(!report.findings().isEmpty(), "no findings");
        assertEquals(ruleId, report.findings().get(0).ruleId(), () -> TestDiagnosis.summary(report));
    }

    public static void assertAbsent(Report report, String... ruleIds) {
        for (String id : ruleIds) {
            assertTrue(TestDiagnosis.finding(report, id).isEmpty(), () -> id + " must not fire: " + TestDiagnosis.summary(report));
        }
    }

    public static void assertRanksAbove(Report report, String first, String second) {
        int a = finding(report, first).rank();
        int b = finding(report, second).rank();
        assertTrue(a < b, () -> first + " must rank above " + second + ": " + TestDiagnosis.summary(report));
    }

    public static List<String> commands(Finding f) {
        return f.fix().commands();
    }
}
