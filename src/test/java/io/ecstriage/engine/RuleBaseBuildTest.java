package io.ecstriage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.finding.Hit;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.report.JsonRenderer;
import io.ecstriage.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.modelcompiler.CanonicalKiePackages;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;

/**
 * The rule base built package by package while packages are still being compiled (on two threads, or on one as a live
 * run builds it) fires exactly as one built from all packages at once (one addPackages): the same hits in the same
 * order, for every scenario and rule fixture.
 */
class RuleBaseBuildTest {

    /** The rule base as one addPackages of every model's packages, in the models' order (how it was built before). */
    private static KieBase builtAtOnce() {
        ClassLoader loader = RuleBaseBuildTest.class.getClassLoader();
        KieBaseConfiguration configuration = RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader);
        Map<String, InternalKnowledgePackage> packages = new LinkedHashMap<>();
        for (String name : RuleEngine.modelClassNames(loader)) {
            KiePackagesBuilder builder = new KiePackagesBuilder(configuration);
            builder.addModel(RuleEngine.newModel(loader, name));
            builder.build().getKiePackages().forEach(p -> packages.put(p.getName(), p));
        }
        return new KieBaseBuilder(configuration).createKieBase(new CanonicalKiePackages(packages));
    }

    private static List<Path> inputs() throws IOException {
        return TestDiagnosis.scenariosAndRuleFixtures("(fires|quiet)-.*\\.json");
    }

    @Test
    void everyInputGetsTheSameHitsInTheSameOrderAsFromARuleBaseBuiltAtOnce() throws IOException {
        RuleEngine pipelined = TestDiagnosis.engine();
        RuleEngine oneThread = new RuleEngine(RuleBaseBuildTest.class.getClassLoader(), PhaseTimes.off(), false); // a live run's
        RuleEngine atOnce = new RuleEngine(builtAtOnce(), PhaseTimes.off());
        assertEquals(atOnce.ruleNames(), pipelined.ruleNames());
        assertEquals(atOnce.ruleNames(), oneThread.ruleNames());
        int withHits = 0;
        List<Path> inputs = inputs();
        for (Path input : inputs) {
            var snapshot = TestDiagnosis.snapshot(input.toString(), Files.readString(input));
            List<Object> facts = RuleEngine.facts(snapshot);
            List<Hit> expected = atOnce.fire(facts);
            assertEquals(expected, pipelined.fire(facts), input.toString());
            assertEquals(expected, oneThread.fire(facts), input + ", built on one thread");
            if (expected.size() > 1) withHits++;
        }
        assertFalse(inputs.size() < 100, "scenarios and rule fixtures found: " + inputs.size());
        assertFalse(withHits < 20, "inputs with more than one hit, where order shows: " + withHits);
    }

    /** Hits by rule, each rule's in the order they came. */
    private static Map<String, List<Hit>> byRule(List<Hit> hits) {
        Map<String, List<Hit>> out = new TreeMap<>();
        for (Hit h : hits) out.computeIfAbsent(h.ruleId(), k -> new ArrayList<>()).add(h);
        return out;
    }

    private static String json(Report report) {
        StringWriter out = new StringWriter();
        new JsonRenderer(new JsonTrees()).render(report, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void aRuleBaseInPartsHasEveryRuleOnceGivesEachRulesHitsInOrderAndTheSameReports() throws IOException {
        RuleEngine whole = TestDiagnosis.engine();
        RuleEngine inParts = new RuleEngine(RuleBaseBuildTest.class.getClassLoader(), PhaseTimes.off(), true, RuleEngine.LARGE_INPUT_PARTS);
        assertEquals(RuleEngine.LARGE_INPUT_PARTS, inParts.parts());
        assertEquals(whole.ruleNames(), inParts.ruleNames(), "every rule, in exactly one part");
        assertEquals(whole.catalog(), inParts.catalog());
        var wholeDiagnoser = new Diagnoser(whole);
        var partsDiagnoser = new Diagnoser(inParts);
        int reports = 0;
        for (Path input : inputs()) {
            var snapshot = TestDiagnosis.snapshot(input.toString(), Files.readString(input));
            List<Object> facts = RuleEngine.facts(snapshot);
            assertEquals(byRule(whole.fire(facts)), byRule(inParts.fire(facts)), input.toString());
            assertEquals(json(wholeDiagnoser.diagnose(snapshot)), json(partsDiagnoser.diagnose(snapshot)), input.toString());
            reports++;
        }
        assertFalse(reports < 100, "reports compared: " + reports);
    }
}
