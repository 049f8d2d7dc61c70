package io.ecstriage.finding.differential;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.Checks;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.Symptom;
import io.ecstriage.finding.check.CheckFiller;
import io.ecstriage.finding.check.Identifiers;
import io.ecstriage.finding.differential.SymptomFamilies.Family;
import io.ecstriage.finding.symptom.SymptomIds;
import io.ecstriage.model.CollectionGap;
import io.ecstriage.model.EcsContainer;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.FailedCommand;
import io.ecstriage.model.PlacementFailure;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.TargetHealth;
import io.ecstriage.model.TextSignal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * From the symptoms no cause explains to the causes that could: each symptom's families ({@link SymptomFamilies})
 * give candidates with priors, normalised per symptom so every failure counts once, summed over symptoms and
 * normalised again over all open hypotheses. A candidate a finding already confirms is not a hypothesis.
 */
public final class Differential {
    // Words of a text that reports something failing, for a paste that no family recognises (an unexplained failure).
    private static final Pattern FAILURE_WORDS = Pattern.compile("error|fail|unable|denied|exception|cannot|can't|not found|invalid"
            + "|timed out|killed|unhealthy|refused|rolled back|rollback");

    /**
     * The outcome: ranked hypotheses, the failure symptoms no cause explains (with or without hypotheses), and the pasted
     * texts a confirmed cause accounts for by being one of their candidates, by the rule id of that cause.
     */
    public record Result(List<Hypothesis> hypotheses, List<Symptom> unexplainedFailures, Map<String, List<Symptom>> accounted) {}

    private final Map<String, RuleMeta> catalog;
    private final Checks checks = new Checks();

    public Differential(Map<String, RuleMeta> catalog) {
        this.catalog = catalog;
    }

    /** The identifiers and the filler are asked for only when a hypothesis needs its check filled. */
    public Result of(Snapshot snapshot, List<Symptom> symptoms, List<Finding> findings, Supplier<Identifiers> ids,
                     Supplier<CheckFiller> filler) {
        Set<String> explained = new java.util.HashSet<>();
        Set<String> confirmed = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.rule().symptomOnly() || f.severity() == Severity.LOW) continue;
            confirmed.add(f.ruleId());
            f.explains().forEach(s -> explained.add(s.id()));
        }
        Set<String> history = Recovered.symptomIds(snapshot);
        // the whole texts are read only for a symptom no cause explains: a large account's thousands are mostly explained
        Map<String, String> texts = null;
        Map<String, CollectionGap> gaps = new HashMap<>();
        for (CollectionGap g : snapshot.all(CollectionGap.class)) {
            AwsCall call = g.command() == null ? null : AwsCall.parse(g.command().startsWith("aws ") ? g.command() : "aws " + g.command());
            if (call != null) gaps.putIfAbsent(call.service() + " " + call.operation(), g);
        }
        Map<String, Double> weight = new LinkedHashMap<>();
        Map<String, Candidate> first = new HashMap<>();
        Map<String, List<String>> bySymptom = new LinkedHashMap<>();
        List<Symptom> failures = new ArrayList<>();
        Map<String, List<Symptom>> accounted = new LinkedHashMap<>();
        for (Symptom s : symptoms) {
            if (explained.contains(s.id()) || history.contains(s.id())) continue;
            if (texts == null) texts = texts(snapshot);
            String norm = TextSignal.normalize(texts.getOrDefault(s.id(), s.summary()));
            List<Family> families = SymptomFamilies.all().stream().filter(f -> f.matches(norm)).toList();
            if (families.isEmpty()) families = fallback(s.kind());
            // a confirmed cause that is one of this symptom's candidates accounts for it (the pasted event of its stopped task);
            // a pasted text or a task RunTask did not place, which name no service to tell causes apart by, fold under the
            // first such cause
            Set<String> candidates = new java.util.HashSet<>();
            families.forEach(f -> f.candidates().forEach(c -> candidates.add(c.causeId())));
            if (candidates.stream().anyMatch(confirmed::contains)) {
                if ("pasted-error".equals(s.kind()) || "placement-failure".equals(s.kind())) {
                    findings.stream().map(Finding::ruleId).filter(id -> candidates.contains(id) && confirmed.contains(id)).findFirst()
                            .ifPresent(id -> accounted.computeIfAbsent(id, k -> new ArrayList<>()).add(s));
                }
                continue;
            }
            boolean failure = !families.isEmpty() || !"pasted-error".equals(s.kind()) || FAILURE_WORDS.matcher(norm).find();
            if (!failure) continue;
            failures.add(s);
            Map<String, Double> priors = new LinkedHashMap<>();
            for (Family f : families) {
                for (Candidate c : f.candidates()) {
                    if (confirmed.contains(c.causeId())) continue;
                    priors.merge(c.causeId(), c.prior(), Double::sum);
                    Candidate known = first.get(c.causeId());
                    if (known == null || c.prior() > known.prior()) first.put(c.causeId(), c);
                }
            }
            double total = priors.values().stream().mapToDouble(Double::doubleValue).sum();
            priors.forEach((id, p) -> {
                weight.merge(id, p / total, Double::sum);
                bySymptom.computeIfAbsent(id, k -> new ArrayList<>()).add(s.id());
            });
        }
        double sum = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Hypothesis> out = new ArrayList<>();
        for (var e : weight.entrySet()) {
            Candidate c = first.get(e.getKey());
            RuleMeta meta = catalog.get(c.causeId());
            MissingEvidence check = notCollected(filler.get().fill(MissingEvidence.of("hypothesis", c.check().apply(checks, ids.get()), c.shows())), gaps);
            out.add(new Hypothesis(0, c.causeId(), meta != null, meta != null ? meta.title() : "no rule yet: " + c.why(),
                    Math.round(e.getValue() / sum * 1000) / 1000.0, bySymptom.get(e.getKey()), c.why(), check));
        }
        out.sort(Comparator.comparingDouble(Hypothesis::weight).reversed().thenComparing(Hypothesis::causeId));
        List<Hypothesis> ranked = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Hypothesis h = out.get(i);
            ranked.add(new Hypothesis(i + 1, h.causeId(), h.rule(), h.title(), h.weight(), h.symptoms(), h.why(), h.check()));
        }
        return new Result(List.copyOf(ranked), List.copyOf(failures), accounted);
    }

    /**
     * A live run that was refused the read a check needs (AccessDenied, throttled) leaves the hypothesis open and says
     * so, naming the IAM action the refused call needs.
     */
    private static MissingEvidence notCollected(MissingEvidence check, Map<String, CollectionGap> gaps) {
        CollectionGap gap = gaps.get(check.call().service() + " " + check.call().operation());
        if (gap == null) return check;
        String action = gap.iamAction() != null ? gap.iamAction() : check.iamAction();
        return new MissingEvidence(check.basis(), check.command(), action, check.why() + "; " + gap.why(), check.call());
    }

    /** A symptom whose words no family knows still has the family of its kind (a stopped task: it failed to start or run). */
    private static List<Family> fallback(String kind) {
        String id = switch (kind) {
            case "stopped-task", "service-shortfall", "failing-deployment" -> "start-failed";
            case "unhealthy-target" -> "target-unhealthy";
            case "unused-target" -> "target-unused";
            case "stack-failure" -> "stack-failed";
            case "placement-failure" -> "placement-ec2";
            default -> null;
        };
        return id == null ? List.of() : SymptomFamilies.all().stream().filter(f -> f.id().equals(id)).toList();
    }

    /** The whole text behind each symptom (its summary is shortened). */
    private static Map<String, String> texts(Snapshot snapshot) {
        Map<String, String> out = new HashMap<>();
        for (EcsTask t : snapshot.all(EcsTask.class)) {
            StringBuilder b = new StringBuilder(t.stoppedReason() == null ? "" : t.stoppedReason());
            for (EcsContainer c : t.containers()) {
                if (c.reason() != null) b.append('\n').append(c.reason());
                if (c.exitCode() != null && c.exitCode() != 0) b.append("\nexit code: ").append(c.exitCode());
            }
            out.put(SymptomIds.of(t), b.toString());
        }
        for (TargetHealth h : snapshot.all(TargetHealth.class)) {
            out.put(SymptomIds.of(h), h.state() + " " + h.reason() + " " + (h.description() == null ? "" : h.description()));
        }
        for (ServiceDeployment d : snapshot.all(ServiceDeployment.class)) {
            out.put(SymptomIds.of(d), "deployment " + d.rolloutState() + " " + (d.rolloutStateReason() == null ? "" : d.rolloutStateReason()));
        }
        for (StackEvent e : snapshot.all(StackEvent.class)) out.put(SymptomIds.of(e), e.status() + " " + e.reason());
        for (FailedCommand c : snapshot.all(FailedCommand.class)) out.put(SymptomIds.of(c), c.errorText());
        for (PlacementFailure p : snapshot.all(PlacementFailure.class)) out.put(SymptomIds.of(p), p.text());
        for (TextSignal s : snapshot.all(TextSignal.class)) {
            String id = SymptomIds.of(s);
            if (id != null) out.put(id, s.text());
        }
        return out;
    }
}
