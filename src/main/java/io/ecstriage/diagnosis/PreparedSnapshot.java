package io.ecstriage.diagnosis;

import io.ecstriage.concurrent.BackgroundTask;
import io.ecstriage.concurrent.InOrder;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.finding.BenignStop;
import io.ecstriage.finding.check.CheckFiller;
import io.ecstriage.finding.check.Identifiers;
import io.ecstriage.finding.symptom.BenignStops;
import io.ecstriage.finding.symptom.SymptomIndex;
import io.ecstriage.model.Snapshot;
import java.util.List;

/**
 * What a diagnosis computes from the snapshot alone (symptoms, identifiers, benign stops, the derived facts the rules
 * get beside the snapshot's own): it needs no rule base, so a cold start computes it while the rule base is still being built.
 * The symptoms and benign stops of a large snapshot are found on another core once the derived facts are made, and
 * joined when first asked for: the rules fire meanwhile, and their parts leave a core idle part of the time, where
 * beside the derivations they only competed for the cores (docs/reliability.md, eighth round). Its identifiers, which
 * only fill the placeholders of checks (missing evidence, hypotheses), are read from its texts when first asked for: a
 * large account whose every failure has its cause asks for none (ninth round).
 */
public final class PreparedSnapshot {
    private final Snapshot snapshot;
    private final List<Object> derived;
    private final BackgroundTask<Found> found;
    private final BackgroundTask<Named> named;

    private PreparedSnapshot(Snapshot snapshot, List<Object> derived, BackgroundTask<Found> found, BackgroundTask<Named> named) {
        this.snapshot = snapshot;
        this.derived = derived;
        this.found = found;
        this.named = named;
    }

    public static PreparedSnapshot of(Snapshot snapshot, PhaseTimes phases) {
        long start = phases.start();
        List<Object> derived = RuleEngine.derivedFacts(snapshot);
        phases.end("derived-facts", start);
        BackgroundTask<Found> found = new BackgroundTask<>(() -> {
            long begin = phases.start();
            Found f = new Found(new SymptomIndex(snapshot), BenignStops.of(snapshot));
            phases.end("symptoms", begin);
            return f;
        });
        BackgroundTask<Named> named = new BackgroundTask<>(() -> {
            long begin = phases.start();
            Identifiers ids = Identifiers.of(snapshot);
            Named n = new Named(ids, new CheckFiller(ids));
            phases.end("identifiers", begin);
            return n;
        });
        // a small one finds them all now, where a cold start still waits for the rule base
        if (InOrder.threadsFor(snapshot.facts().size()) > 1) {
            found.startOn("symptoms");
        } else {
            found.join();
            named.join();
        }
        return new PreparedSnapshot(snapshot, derived, found, named);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The derived facts alone. */
    public List<Object> derived() {
        return derived;
    }

    public SymptomIndex symptoms() {
        return found.join().symptoms();
    }

    public Identifiers ids() {
        return named.join().ids();
    }

    public CheckFiller filler() {
        return named.join().filler();
    }

    /** The stopped tasks that are no failure (scaling in, a deployment replacing them). */
    public List<BenignStop> benignStops() {
        return found.join().benignStops();
    }

    private record Found(SymptomIndex symptoms, List<BenignStop> benignStops) {}

    private record Named(Identifiers ids, CheckFiller filler) {}
}
