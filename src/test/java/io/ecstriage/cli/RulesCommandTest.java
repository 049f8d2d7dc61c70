package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.finding.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
    /** One App for the class: the rule base loads once (a static is acceptable in tests only). */
    private static final Cli.Session CLI = new Cli.Session(Cli.PIPE);

    private static Map<String, RuleMeta> catalog() {
        return CLI.app().diagnoser().engine().catalog();
    }

    @Test
    void listsEveryRuleIdOnceInIdOrder() {
        Cli.Result r = CLI.run("rules");

        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertEquals("", r.err());
        List<String> ids = r.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertEquals(new ArrayList<>(catalog().keySet()), ids);
        assertEquals(ids.stream().sorted().toList(), ids);
        assertTrue(ids.contains("LogGroupMissing"), r::toString);
    }

    @Test
    void eachLineShowsSeverityCategoryAndTitle() {
        Cli.Result r = CLI.run("rules");

        String line = r.out().lines().filter(l -> l.startsWith("LogGroupMissing ")).findFirst().orElseThrow();
        RuleMeta m = catalog().get("LogGroupMissing");
        List<String> columns = List.of(line.split("\\s+", 4));
        assertEquals(List.of("LogGroupMissing", "HIGH", "logging", m.title()), columns);
    }

    @Test
    void jsonCatalog() throws Exception {
        Cli.Result r = CLI.run("rules", "--format", "json");

        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        JsonNode arr = new ObjectMapper().readTree(r.out());
        assertTrue(arr.isArray());
        assertEquals(catalog().size(), arr.size());
        for (JsonNode rule : arr) {
            assertEquals(Set.of("id", "title", "severity", "category"), fieldNames(rule), rule.toString());
            for (String field : List.of("id", "title", "severity", "category")) {
                assertFalse(rule.path(field).asText().isBlank(), rule.toString());
            }
            assertTrue(Set.of("HIGH", "MEDIUM", "LOW").contains(rule.path("severity").asText()), rule.toString());
        }
        JsonNode lgm = null;
        for (JsonNode rule : arr) if (rule.path("id").asText().equals("LogGroupMissing")) lgm = rule;
        assertTrue(lgm != null, r::toString);
        assertEquals("HIGH", lgm.path("severity").asText());
        assertEquals("logging", lgm.path("category").asText());
        assertEquals(catalog().get("LogGroupMissing").title(), lgm.path("title").asText());
    }

    @Test
    void unknownCatalogFormatIsAUsageError() {
        Cli.Result r = CLI.run("rules", "--format", "xml");

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.errLines().get(0).contains("xml"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void showPrintsOneRule() {
        Cli.Result r = CLI.run("rules", "show", "LogGroupMissing");

        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        assertEquals("", r.err());
        RuleMeta m = catalog().get("LogGroupMissing");
        List<String> lines = r.out().lines().toList();
        assertEquals("LogGroupMissing: " + m.title(), lines.get(0));
        assertEquals("Severity: HIGH    Category: logging", lines.get(1));
        assertEquals(m.summary(), lines.get(2));
        assertEquals("Docs: rules/logging/LogGroupMissing/README.md", lines.get(3));
    }

    @Test
    void showOfAnUnknownRuleExitsTwo() {
        Cli.Result r = CLI.run("rules", "show", "Nope");

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertEquals("", r.out());
        assertEquals(List.of("ecs-triage: no rule Nope (see `ecs-triage rules`)"), r.errLines());
    }

    @Test
    void showNeedsAnId() {
        Cli.Result r = CLI.run("rules", "show");

        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.errLines().get(0).contains("ID"), r::toString);
    }

    @Test
    void idsAreCaseSensitive() {
        assertEquals(ExitCodes.BAD_INPUT, CLI.run("rules", "show", "loggroupmissing").exit());
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> names = new java.util.TreeSet<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
