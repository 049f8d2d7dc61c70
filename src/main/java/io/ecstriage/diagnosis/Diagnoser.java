package io.ecstriage.diagnosis;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.engine.RevisionChanges;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Ranker;
import io.ecstriage.finding.Symptom;
import io.ecstriage.finding.check.CheckFiller;
import io.ecstriage.finding.check.Identifiers;
import io.ecstriage.finding.differential.Differential;
import io.ecstriage.finding.symptom.SymptomIndex;
import io.ecstriage.model.CollectionGap;
import io.ecstriage.model.Snapshot;
import io.ecstriage.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Snapshot in, report out: runs the rules, ranks and folds what they found (above engine, which never sees a report). */
public final class Diagnoser {
    private final RuleEngine engine;
    private final Ranker ranker;
    private final Differential differential;

    public Diagnoser(RuleEngine engine) {
        this.engine = engine;
        this.ranker = new Ranker(engine.catalog());
        this.differential = new Differential(engine.catalog());
    }

    public Report diagnose(Snapshot snapshot) {
        SymptomIndex symptoms = new SymptomIndex(snapshot);
        Identifiers ids = Identifiers.of(snapshot);
        CheckFiller filler = new CheckFiller(ids);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : ranker.rank(engine.run(snapshot), snapshot, symptoms)) {
            findings.add(new Finding(f.rank(), f.rule(), f.confidence(), f.resources(), f.evidence(), f.fix(), f.explains(),
                    filler.fillAll(f.missingEvidence()), f.latest()));
        }
        Differential.Result differentialResult = differential.of(snapshot, symptoms.all(), findings, ids, filler);
        Set<String> explained = new HashSet<>();
        findings.forEach(f -> f.explains().forEach(s -> explained.add(s.id())));
        List<Symptom> unexplained = new ArrayList<>();
        for (Symptom s : symptoms.all()) if (!explained.contains(s.id())) unexplained.add(s);
        Set<MissingEvidence> missing = new LinkedHashSet<>();
        findings.forEach(f -> missing.addAll(f.missingEvidence()));
        for (CollectionGap g : snapshot.all(CollectionGap.class)) {
            missing.add(new MissingEvidence("collection", g.command(), g.iamAction(), g.why(), AwsCall.parse(g.command())));
        }
        return new Report(snapshot.inputName(), snapshot.description(), snapshot.region(), findings, unexplained,
                snapshot.recognisedInputs(), snapshot.ignoredInputs(), List.copyOf(missing),
                differentialResult.hypotheses(), differentialResult.unexplainedFailures(), new RevisionChanges(snapshot).all());
    }

    public RuleEngine engine() {
        return engine;
    }
}
