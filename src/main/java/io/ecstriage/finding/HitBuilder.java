package io.ecstriage.finding;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.symptom.SymptomIds;
import io.ecstriage.fix.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fluent report of one rule activation, written in DRL consequences. */
public final class HitBuilder {
    private final String ruleId;
    private final HitSink sink;
    private String subject;
    private final Map<String, Double> basis = new LinkedHashMap<>();
    private final List<String> resources = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> explains = new ArrayList<>();
    private final List<MissingEvidence> missing = new ArrayList<>();
    private final List<String> marks = new ArrayList<>();
    private Instant latest;

    HitBuilder(String ruleId, HitSink sink) {
        this.ruleId = ruleId;
        this.sink = sink;
    }

    /** What the cause is about (a log group, a security group...): hits with the same subject merge. */
    public HitBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** How strongly this kind of evidence supports the cause; see {@link Confidence}. */
    public HitBuilder basis(String kind, double confidence) {
        basis.merge(kind, confidence, Math::max);
        return this;
    }

    public HitBuilder resource(String id) {
        if (id != null && !resources.contains(id)) resources.add(id);
        return this;
    }

    public HitBuilder evidence(String source, String text) {
        evidence.add(new Evidence(source, text));
        return this;
    }

    /** A step of the fix plan; null, or one whose precondition the evidence contradicts, is left out. */
    public HitBuilder fix(Step step) {
        steps.addAll(Step.printable(java.util.Collections.singletonList(step)));
        return this;
    }

    public HitBuilder fixAll(List<? extends Step> plan) {
        steps.addAll(Step.printable(plan));
        return this;
    }

    public HitBuilder note(String note) {
        if (note != null) notes.add(note);
        return this;
    }

    /** A fact whose symptom this cause explains: a stopped task, an unhealthy target, a failed deployment. */
    public HitBuilder explains(Object fact) {
        String id = SymptomIds.of(fact);
        if (id != null && !explains.contains(id)) explains.add(id);
        return this;
    }

    /** Evidence of kind `basis` that `call` would give to settle the cause, if no other hit of it supplies that basis. */
    public HitBuilder wouldSettle(String basis, AwsCall call, String why) {
        missing.add(MissingEvidence.of(basis, call, why));
        return this;
    }

    /**
     * A value distinctive to this cause (a variable's value, a log group's name): any other finding whose evidence quotes
     * it is an effect of this cause, which then ranks first and folds the effect under it (see {@link Ranker}).
     */
    public HitBuilder marks(String value) {
        if (value != null && !marks.contains(value)) marks.add(value);
        return this;
    }

    public HitBuilder at(Instant when) {
        if (when != null && (latest == null || when.isAfter(latest))) latest = when;
        return this;
    }

    public void report() {
        if (basis.isEmpty()) throw new IllegalStateException(ruleId + " reported a hit without a basis");
        sink.accept(new Hit(ruleId, subject, basis, resources, evidence, steps, notes, explains, missing, latest, marks));
    }
}
