package io.ecstriage.finding;

import io.ecstriage.concurrent.InOrder;
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
 * Then a cause outranks the effects it explains (CauseLinks), a configuration suspicion without an effect
 * is demoted to an advisory, and a LOW finding based only on what was not read goes to "not checked".
 */
public final class Ranker {
    /** Marks shorter than this ("80", "app") would be found in unrelated evidence. */
    static final int MIN_MARK = 6;

    private final Map<String, RuleMeta> catalog;
    private final TemplateResolver templates;
    private final int parallelFrom;

    /** The ranked findings, and the LOW findings whose only basis is that their evidence was not read. */
    public record Ranking(List<Finding> findings, List<Finding> notChecked) {
        public Ranking {
            findings = List.copyOf(findings);
            notChecked = List.copyOf(notChecked);
        }
    }

    /** A finding while it is ranked: its strongest basis and the values distinctive to it. */
    static final class Node {
        Finding finding;
        final double strongest;
        final Set<String> marks;

        Node(Finding finding, double strongest, Set<String> marks) {
            this.finding = finding;
            this.strongest = strongest;
            this.marks = marks;
        }
    }

    public Ranker(Map<String, RuleMeta> catalog) {
        this(catalog, PARALLEL_FROM_GROUPS);
    }

    /** Merging on every core from `parallelFrom` findings on (tests merge small inputs so). */
    Ranker(Map<String, RuleMeta> catalog, int parallelFrom) {
        this.catalog = catalog;
        this.templates = new TemplateResolver();
        this.parallelFrom = parallelFrom;
    }

    public List<Finding> rank(List<Hit> hits, Snapshot snapshot) {
        return rank(hits, snapshot, new SymptomIndex(snapshot));
    }

    /** As {@link #rank(List, Snapshot)}, with the snapshot's symptom index already built by the caller. */
    public List<Finding> rank(List<Hit> hits, Snapshot snapshot, SymptomIndex symptoms) {
        return ranking(hits, snapshot, symptoms).findings();
    }

    public Ranking ranking(List<Hit> hits, Snapshot snapshot, SymptomIndex symptoms) {
        List<Node> nodes = merged(group(hits), symptoms, snapshot);
        Map<Node, List<CauseLinks.Link>> effects = CauseLinks.find(nodes);
        for (Node n : nodes) {
            if (demotable(n, effects)) n.finding = demote(n.finding);
        }
        nodes.sort(Comparator.comparing((Node n) -> n.finding.severity() == Severity.LOW)
                .thenComparing(Comparator.comparingDouble((Node n) -> n.finding.score()).reversed())
                .thenComparing(n -> n.finding.latest() == null ? Instant.MIN : n.finding.latest(), Comparator.reverseOrder())
                .thenComparing(n -> n.finding.ruleId())
                .thenComparing(n -> String.join(",", n.finding.resources())));
        nodes = CauseLinks.fold(nodes, effects);
        nodes = foldSymptomNodes(nodes);
        List<Finding> ranked = new ArrayList<>();
        List<Finding> notChecked = new ArrayList<>();
        for (Node n : nodes) {
            if (n.finding.severity() == Severity.LOW && n.strongest <= Confidence.UNCHECKED) notChecked.add(n.finding.withRank(0));
            else ranked.add(n.finding.withRank(ranked.size() + 1));
        }
        return new Ranking(ranked, notChecked);
    }

    /** A suspicion (@role("suspicion")) that explains no symptom and no other finding: configuration is all it has. */
    private static boolean demotable(Node n, Map<Node, List<CauseLinks.Link>> effects) {
        Finding f = n.finding;
        return f.rule().suspicion() && f.severity() != Severity.LOW && f.explains().isEmpty()
                && effects.getOrDefault(n, List.of()).isEmpty();
    }

    private static Finding demote(Finding f) {
        return new Finding(f.rank(), f.rule(), f.confidence(), f.resources(), f.evidence(), f.fix(), f.explains(), f.missingEvidence(),
                f.latest(), Severity.LOW, "configuration only: no failure in the input quotes it, so it is advice, not a cause", f.effects());
    }

    static List<Finding> foldSymptoms(List<Finding> sorted) {
        List<Node> nodes = new ArrayList<>();
        for (Finding f : sorted) nodes.add(new Node(f, 1.0, Set.of()));
        return foldSymptomNodes(nodes).stream().map(n -> n.finding).toList();
    }

    /**
     * A symptom-only finding (@role("symptom"), e.g. a tripped circuit breaker) is never a root cause: it folds into the
     * best-ranked cause that explains one of its symptoms (the same deployment), or, when it is tied to no service or
     * deployment (a pasted text, a stack event), into the best-ranked cause of the input. Alone it stays. A generic
     * finding (@role("generic")) folds only into a specific cause that explains one of its symptoms.
     */
    private static List<Node> foldSymptomNodes(List<Node> sorted) {
        List<Node> out = new ArrayList<>(sorted);
        for (Node s : sorted) {
            RuleMeta rule = s.finding.rule();
            if (!rule.symptomOnly() && !rule.generic()) continue;
            Set<String> ids = new LinkedHashSet<>();
            s.finding.explains().forEach(x -> ids.add(x.id()));
            Node target = null;
            for (Node f : out) {
                if (f != s && isCause(f.finding) && !(rule.generic() && f.finding.rule().generic())
                        && f.finding.explains().stream().anyMatch(x -> ids.contains(x.id()))) {
                    target = f;
                    break;
                }
            }
            if (target == null && rule.symptomOnly()
                    && ids.stream().noneMatch(id -> id.startsWith("deployment:") || id.startsWith("service:"))) {
                target = out.stream().filter(n -> isCause(n.finding)).findFirst().orElse(null);
            }
            if (target == null) continue;
            target.finding = absorb(target.finding, s.finding, null);
            out.remove(s);
        }
        return out;
    }

    private static boolean isCause(Finding f) {
        return !f.rule().symptomOnly() && f.severity() != Severity.LOW;
    }

    /** The cause with the effect's resources, evidence and symptoms, and a link to the effect (and to what it had folded). */
    static Finding absorb(Finding cause, Finding effect, String via) {
        Set<String> resources = new LinkedHashSet<>(cause.resources());
        resources.addAll(effect.resources());
        Set<Evidence> evidence = new LinkedHashSet<>(cause.evidence());
        evidence.addAll(effect.evidence());
        Map<String, Symptom> explains = new LinkedHashMap<>();
        cause.explains().forEach(x -> explains.put(x.id(), x));
        effect.explains().forEach(x -> explains.putIfAbsent(x.id(), x));
        List<Finding.Effect> effects = new ArrayList<>(cause.effects());
        effects.add(new Finding.Effect(effect.ruleId(), effect.rule().title(), effect.severity(), via));
        effects.addAll(effect.effects());
        return new Finding(cause.rank(), cause.rule(), cause.confidence(), List.copyOf(resources), List.copyOf(evidence),
                cause.fix(), List.copyOf(explains.values()), cause.missingEvidence(), cause.latest(), cause.severity(),
                cause.advisory(), effects);
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

    /** From this many findings they are merged on every core (each group's merge reads only its hits). */
    static final int PARALLEL_FROM_GROUPS = 200;

    /** Each group's node, in group order; a large input's on every core. */
    private List<Node> merged(List<List<Hit>> groups, SymptomIndex symptoms, Snapshot snapshot) {
        int threads = groups.size() >= parallelFrom ? InOrder.threadsFor(Integer.MAX_VALUE) : 1;
        return InOrder.chunked(groups, threads, chunk -> {
            List<Node> out = new ArrayList<>(chunk.size());
            for (List<Hit> g : chunk) out.add(merge(g, symptoms, snapshot));
            return out;
        });
    }

    private Node merge(List<Hit> hits, SymptomIndex symptoms, Snapshot snapshot) {
        String ruleId = hits.get(0).ruleId();
        RuleMeta meta = catalog.getOrDefault(ruleId, new RuleMeta(ruleId, ruleId, Severity.MEDIUM, "unknown", ""));
        Map<String, Double> basis = new LinkedHashMap<>();
        Set<String> resources = new LinkedHashSet<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        Map<String, io.ecstriage.fix.Step> steps = new LinkedHashMap<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> explains = new LinkedHashSet<>();
        Set<MissingEvidence> missing = new LinkedHashSet<>();
        Set<String> marks = new LinkedHashSet<>();
        Instant latest = null;
        for (Hit h : hits) {
            h.basis().forEach((k, v) -> basis.merge(k, v, Math::max));
            resources.addAll(h.resources());
            evidence.addAll(h.evidence());
            for (io.ecstriage.fix.Step st : h.fixSteps()) steps.putIfAbsent(st.render(), st);
            notes.addAll(h.fixNotes());
            explains.addAll(h.explains());
            missing.addAll(h.missing());
            marks.addAll(h.marks());
            if (h.latest() != null && (latest == null || h.latest().isAfter(latest))) latest = h.latest();
        }
        missing.removeIf(m -> basis.containsKey(m.basis()));
        double confidence = Math.round(Confidence.combine(basis.values()) * 100) / 100.0;
        List<TemplateResource> template = templates.resolve(resources, snapshot);
        Finding f = new Finding(0, meta, confidence, List.copyOf(resources), List.copyOf(evidence),
                new Fix(List.copyOf(steps.values()), List.copyOf(notes), template, templates.changes(steps.values(), snapshot)),
                symptoms.explainedBy(List.copyOf(explains)), List.copyOf(missing), latest);
        double strongest = basis.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        marks.removeIf(m -> m.length() < MIN_MARK);
        return new Node(f, strongest, marks);
    }
}
