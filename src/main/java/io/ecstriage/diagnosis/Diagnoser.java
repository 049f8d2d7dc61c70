package io.ecstriage.diagnosis;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Ranker;
import io.ecstriage.finding.Symptom;
import io.ecstriage.finding.differential.Differential;
import io.ecstriage.finding.symptom.SymptomIndex;
import io.ecstriage.model.CollectionGap;
import io.ecstriage.model.RevisionChange;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.StackChange;
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
    private final PhaseTimes phases;
    /** The last snapshot diagnosed and its report: a live diagnose diagnoses its collection twice when settling adds nothing. */
    private volatile Diagnosed last;

    private record Diagnosed(Snapshot snapshot, Report report) {
        /** The same snapshot, or an equal one (compared only when it is another object: a first comparison is costly). */
        boolean sameAs(Snapshot other) {
            return snapshot == other || snapshot.equals(other);
        }
    }

    public Diagnoser(RuleEngine engine) {
        this(engine, PhaseTimes.off());
    }

    public Diagnoser(RuleEngine engine, PhaseTimes phases) {
        this.engine = engine;
        this.phases = phases;
        this.ranker = new Ranker(engine.catalog());
        this.differential = new Differential(engine.catalog());
    }

    /** The report of `snapshot`; of one equal to the last diagnosed, that report, without preparing the snapshot again. */
    public Report diagnose(Snapshot snapshot) {
        Report known = remembered(snapshot);
        return known != null ? known : diagnoseAndRemember(PreparedSnapshot.of(snapshot, phases));
    }

    /** The report of a snapshot whose rule-independent part was computed already (perhaps while the rule base was built). */
    public Report diagnosePrepared(PreparedSnapshot prepared) {
        Report known = remembered(prepared.snapshot());
        return known != null ? known : diagnoseAndRemember(prepared);
    }

    /** The last report, when `snapshot` is the one it was for (a report is a function of the snapshot alone); else null. */
    private Report remembered(Snapshot snapshot) {
        Diagnosed before = last;
        return before != null && before.sameAs(snapshot) ? before.report() : null;
    }

    private Report diagnoseAndRemember(PreparedSnapshot prepared) {
        Report report = diagnoseAnew(prepared);
        last = new Diagnosed(prepared.snapshot(), report);
        return report;
    }

    private Report diagnoseAnew(PreparedSnapshot prepared) {
        Snapshot snapshot = prepared.snapshot();
        var hits = engine.fire(snapshot, prepared.derived());
        SymptomIndex symptoms = prepared.symptoms();
        long start = phases.start();
        Ranker.Ranking ranking = ranker.ranking(hits, snapshot, symptoms);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : ranking.findings()) findings.add(filled(f, prepared));
        List<Finding> notChecked = new ArrayList<>();
        for (Finding f : ranking.notChecked()) notChecked.add(filled(f, prepared));
        phases.end("ranking", start);
        start = phases.start();
        Differential.Result differentialResult = differential.of(snapshot, symptoms.all(), findings, prepared::ids, prepared::filler);
        findings.replaceAll(f -> differentialResult.accounted().containsKey(f.ruleId()) ? f.withMoreExplained(differentialResult.accounted().get(f.ruleId())) : f);
        phases.end("differential", start);
        start = phases.start();
        Set<String> explained = new HashSet<>();
        findings.forEach(f -> f.explains().forEach(s -> explained.add(s.id())));
        List<Symptom> unexplained = new ArrayList<>();
        for (Symptom s : symptoms.all()) if (!explained.contains(s.id())) unexplained.add(s);
        Set<MissingEvidence> missing = new LinkedHashSet<>();
        findings.forEach(f -> missing.addAll(f.missingEvidence()));
        notChecked.forEach(f -> missing.addAll(f.missingEvidence()));
        for (CollectionGap g : snapshot.all(CollectionGap.class)) {
            missing.add(new MissingEvidence("collection", g.command(), g.iamAction(), g.why(), AwsCall.parse(g.command())));
        }
        Report report = new Report(snapshot.inputName(), snapshot.description(), snapshot.region(), findings, unexplained,
                snapshot.recognisedInputs(), snapshot.ignoredInputs(), List.copyOf(missing),
                differentialResult.hypotheses(), differentialResult.unexplainedFailures(), notChecked, prepared.benignStops(),
                only(RevisionChange.class, prepared.derived()), only(StackChange.class, prepared.derived()));
        phases.end("report-assembly", start);
        return report;
    }

    /** The finding with its missing evidence's placeholders filled; the identifiers are read only for a finding that has some. */
    private static Finding filled(Finding f, PreparedSnapshot prepared) {
        return f.missingEvidence().isEmpty() ? f : f.withMissingEvidence(prepared.filler().fillAll(f.missingEvidence()));
    }

    /** The "changed since last healthy" and stack-change facts the rules got: derived once, with the other derived facts. */
    private static <T> List<T> only(Class<T> type, List<Object> facts) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public RuleEngine engine() {
        return engine;
    }
}
