package io.ecstriage.diagnosis;

import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.finding.check.CheckFiller;
import io.ecstriage.finding.check.Identifiers;
import io.ecstriage.finding.symptom.SymptomIndex;
import io.ecstriage.model.Snapshot;
import java.util.List;

/**
 * What a diagnosis computes from the snapshot alone (symptoms, identifiers, the facts the rules get, derived ones
 * included): it needs no rule base, so a cold start computes it while the rule base is still being built.
 */
public record PreparedSnapshot(Snapshot snapshot, SymptomIndex symptoms, Identifiers ids, CheckFiller filler, List<Object> facts) {
    public static PreparedSnapshot of(Snapshot snapshot, PhaseTimes phases) {
        long start = phases.start();
        SymptomIndex symptoms = new SymptomIndex(snapshot);
        Identifiers ids = Identifiers.of(snapshot);
        CheckFiller filler = new CheckFiller(ids);
        phases.end("symptoms-and-ids", start);
        start = phases.start();
        List<Object> facts = RuleEngine.facts(snapshot);
        phases.end("derived-facts", start);
        return new PreparedSnapshot(snapshot, symptoms, ids, filler, facts);
    }
}
