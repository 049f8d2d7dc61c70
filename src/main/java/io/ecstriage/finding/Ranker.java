package io.ecstriage.finding;

import io.ecstriage.finding.symptom.SymptomIndex;
import io.ecstriage.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the hits of one cause into a finding and ranks the findings: advisory (LOW) causes last,
 * then by confidence × severity, then by the most recent evidence, then by id for a stable order.
 */
public final class Ranker {
    private final Map<String, RuleMeta> catalog;
    private final TemplateResolver templates;

    public Ranker(Map<String, RuleMeta> catalog) {
        this.catalog = catalog;
        this.templates = new TemplateResolver();
    }

    public List<Finding> rank(List<Hit> hits, Snapshot snapshot) {
        return rank(hits, snapshot, new SymptomIndex(snapshot));
    }

    /** As {@link #rank(List, Snapshot)}, with the snapshot's symptom index already built by the caller. */
    public List<Finding> rank(List<Hit> hits, Snapshot snapshot, SymptomIndex symptoms) {
        List<List<Hit>> groups = group(hits);
        List<Finding> unranked = new ArrayList<>();
        for (List<Hit> g : groups) unranked.add(merge(g, symptoms, snapshot));
        unranked.sort(Comparator.comparing((Finding f) -> f.severity() == Severity.LOW)
                .thenComparing(Comparator.comparingDouble(Finding::score).reversed())
                .thenComparing(f -> f.latest() == null ? Instant.MIN : f.latest(), Comparator.reverseOrder())
                .thenComparing(Finding::ruleId)
                .thenComparing(f -> String.join(",", f.resources())));
        unranked = foldSymptoms(unranked);
        List<Finding> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Finding f = unranked.get(i);
            ranked.add(new Finding(i + 1, f.rule(), f.confidence(), f.resources(), f.evidence(), f.fix(), f.explains(),
                    f.missingEvidence(), f.latest()));
        }
        return ranked;
    }

    /**
     * A symptom-only finding (@role("symptom"), e.g. a tripped circuit breaker) is never a root cause: it folds into the
     * best-ranked cause that explains one of its symptoms (the same deployment), or, when it is tied to no service or
     * deployment (a pasted text, a stack event), into the best-ranked cause of the input. Alone it stays.
     */
    static List<Finding> foldSymptoms(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>(sorted);
        for (Finding s : sorted) {
            if (!s.rule().symptomOnly()) continue;
            Set<String> ids = new LinkedHashSet<>();
            s.explains().forEach(x -> ids.add(x.id()));
            Finding target = null;
            for (Finding f : out) {
                if (isCause(f) && f.explains().stream().anyMatch(x -> ids.contains(x.id()))) {
                    target = f;
                    break;
                }
            }
            if (target == null && ids.stream().noneMatch(id -> id.startsWith("deployment:") || id.startsWith("service:"))) {
                target = out.stream().filter(Ranker::isCause).findFirst().orElse(null);
            }
            if (target == null) continue;
            out.set(out.indexOf(target), absorb(target, s));
            out.remove(s);
        }
        return out;
    }

    private static boolean isCause(Finding f) {
        return !f.rule().symptomOnly() && f.severity() != Severity.LOW;
    }

    private static Finding absorb(Finding cause, Finding symptom) {
        Set<String> resources = new LinkedHashSet<>(cause.resources());
        resources.addAll(symptom.resources());
        Set<Evidence> evidence = new LinkedHashSet<>(cause.evidence());
        evidence.addAll(symptom.evidence());
        Map<String, Symptom> explains = new LinkedHashMap<>();
        cause.explains().forEach(x -> explains.put(x.id(), x));
        symptom.explains().forEach(x -> explains.putIfAbsent(x.id(), x));
        return new Finding(cause.rank(), cause.rule(), cause.confidence(), List.copyOf(resources), List.copyOf(evidence),
                cause.fix(), List.copyOf(explains.values()), cause.missingEvidence(), cause.latest());
    }

    /** Same rule and subject merge; a hit without a subject joins its rule's only subject, if there is one. */
    private List<List<Hit>> group(List<Hit> hits) {
        Map<String, Map<String, List<Hit>>> byRule = new LinkedHashMap<>();
        for (Hit h : hits) {
            byRule.computeIfAbsent(h.ruleId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.toString(h.subject(), ""), k -> new ArrayList<>()).add(h);
        }
        List<List<Hit>> out = new ArrayList<>();
        for (Map<String, List<Hit>> subjects : byRule.values()) {
            List<Hit> loose = subjects.remove("");
            if (loose != null && subjects.size() == 1) subjects.values().iterator().next().addAll(loose);
            else if (loose != null) subjects.put("", loose);
            out.addAll(subjects.values());
        }
        return out;
    }

    private Finding merge(List<Hit> hits, SymptomIndex symptoms, Snapshot snapshot) {
        String ruleId = hits.get(0).ruleId();
        RuleMeta meta = catalog.getOrDefault(ruleId, new RuleMeta(ruleId, ruleId, Severity.MEDIUM, "unknown", ""));
        Map<String, Double> basis = new LinkedHashMap<>();
        Set<String> resources = new LinkedHashSet<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        Map<String, io.ecstriage.fix.Step> steps = new LinkedHashMap<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> explains = new LinkedHashSet<>();
        Set<MissingEvidence> missing = new LinkedHashSet<>();
        Instant latest = null;
        for (Hit h : hits) {
            h.basis().forEach((k, v) -> basis.merge(k, v, Math::max));
            resources.addAll(h.resources());
            evidence.addAll(h.evidence());
            for (io.ecstriage.fix.Step st : h.fixSteps()) steps.putIfAbsent(st.render(), st);
            notes.addAll(h.fixNotes());
            explains.addAll(h.explains());
            missing.addAll(h.missing());
            if (h.latest() != null && (latest == null || h.latest().isAfter(latest))) latest = h.latest();
        }
        missing.removeIf(m -> basis.containsKey(m.basis()));
        double confidence = Math.round(Confidence.combine(basis.values()) * 100) / 100.0;
        List<TemplateResource> template = templates.resolve(resources, snapshot);
        return new Finding(0, meta, confidence, List.copyOf(resources), List.copyOf(evidence),
                new Fix(List.copyOf(steps.values()), List.copyOf(notes), template, templates.changes(steps.values(), snapshot)), symptoms.explainedBy(List.copyOf(explains)), List.copyOf(missing), latest);
    }
}
