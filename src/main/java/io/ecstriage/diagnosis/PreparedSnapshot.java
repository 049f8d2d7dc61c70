package io.ecstriage.diagnosis;

import io.ecstriage.concurrent.BackgroundTask;
import io.ecstriage.concurrent.InOrder;
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
        BackgroundTask<Found> found = new BackgroundTask<>(() -> {
            long start = phases.start();
            Found f = new Found(new SymptomIndex(snapshot), Identifiers.of(snapshot));
            phases.end("symptoms-and-ids", start);
            return f;
        });
        // independent of the derived facts: a large snapshot finds them on another core meanwhile
        if (InOrder.threadsFor(snapshot.facts().size()) > 1) found.startOn("symptoms-and-ids");
        long start = phases.start();
        List<Object> facts = RuleEngine.facts(snapshot);
        phases.end("derived-facts", start);
        Found f = found.join();
        return new PreparedSnapshot(snapshot, f.symptoms(), f.ids(), new CheckFiller(f.ids()), facts);
    }

    private record Found(SymptomIndex symptoms, Identifiers ids) {}
}
