package io.ecstriage.repl;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.differential.Hypothesis;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.Snapshot;
import io.ecstriage.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one check whose output would best separate the candidate causes (docs/doctor.md, "How `next` chooses").
 * While hypotheses are open it is the check with the largest expected reduction in uncertainty over them: with
 * weights w (summing to 1), a check that bears on the hypotheses S is assumed to tell which of S holds or that none
 * does, so it gains H(w) − (1 − W_S)·H(w restricted to the rest), where H is Shannon entropy and W_S the weight of S.
 * Without hypotheses it is the finding evidence worth most: for every finding a check bears on, its weight
 * (confidence × severity) times its remaining doubt (1 − confidence). Checks that need no placeholder win ties.
 */
public final class NextCheck {

    /** A proposal: the call, why, which findings or hypotheses it bears on, which it leaves, and its value. */
    public record Suggestion(AwsCall call, String why, List<Finding> bearsOn, List<Finding> others,
                             List<Hypothesis> hypotheses, List<Hypothesis> otherHypotheses, double value) {
        public String command() {
            return call.render();
        }

        public String iamAction() {
            return call.iamAction();
        }

        public List<String> placeholders() {
            return call.placeholders();
        }
    }

    private NextCheck() {}

    public static Optional<Suggestion> best(Report report) {
        return best(report, Set.of());
    }

    /** @param captured the outputs the session holds, as "ecs describe-task-definition" (a snapshot's recognised shapes) */
    public static Optional<Suggestion> best(Report report, Set<String> captured) {
        List<Suggestion> all = ranked(report).stream()
                // a placeholder form of an output already pasted: the rule could not use it, asking again would not help
                .filter(s -> s.placeholders().isEmpty() || !captured.contains(operation(s.call()))).toList();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every check, best first: the hypotheses' while any are open, else the findings' missing evidence. */
    public static List<Suggestion> ranked(Report report) {
        return report.hypotheses().isEmpty() ? byFindings(report) : byHypotheses(report);
    }

    static List<Suggestion> byHypotheses(Report report) {
        Map<AwsCall, List<Hypothesis>> bearing = new LinkedHashMap<>();
        Map<AwsCall, MissingEvidence> first = new LinkedHashMap<>();
        for (Hypothesis h : report.hypotheses()) {
            AwsCall call = h.check().call();
            first.putIfAbsent(call, h.check());
            bearing.computeIfAbsent(call, k -> new ArrayList<>()).add(h);
        }
        double total = report.hypotheses().stream().mapToDouble(Hypothesis::weight).sum();
        double h0 = entropy(report.hypotheses().stream().map(h -> h.weight() / total).toList());
        List<Suggestion> out = new ArrayList<>();
        for (var e : bearing.entrySet()) {
            List<Hypothesis> on = e.getValue();
            List<Hypothesis> rest = report.hypotheses().stream().filter(h -> !on.contains(h)).toList();
            double restWeight = rest.stream().mapToDouble(Hypothesis::weight).sum() / total;
            double hRest = restWeight == 0 ? 0 : entropy(rest.stream().map(h -> h.weight() / total / restWeight).toList());
            double gain = h0 - restWeight * hRest;
            out.add(new Suggestion(e.getKey(), first.get(e.getKey()).why(), List.of(), report.findings(), List.copyOf(on), rest, gain));
        }
        out.sort(Comparator.comparingDouble((Suggestion s) -> -Math.round(s.value() * 1000) / 1000.0)
                .thenComparing(s -> !s.placeholders().isEmpty())
                .thenComparingInt(s -> s.hypotheses().get(0).rank())
                .thenComparing(Suggestion::command));
        return out;
    }

    static double entropy(List<Double> p) {
        double h = 0;
        for (double x : p) if (x > 0) h -= x * Math.log(x) / Math.log(2);
        return h;
    }

    static List<Suggestion> byFindings(Report report) {
        Map<AwsCall, List<Finding>> bearing = new LinkedHashMap<>();
        Map<AwsCall, MissingEvidence> first = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            for (MissingEvidence m : f.missingEvidence()) {
                if (m.call() == null) continue;
                AwsCall call = fill(m.call(), report.region());
                first.putIfAbsent(call, m);
                List<Finding> on = bearing.computeIfAbsent(call, k -> new ArrayList<>());
                if (!on.contains(f)) on.add(f);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (var e : bearing.entrySet()) {
            double value = 0;
            for (Finding f : e.getValue()) value += weight(f) * (1 - f.confidence());
            List<Finding> others = report.findings().stream().filter(f -> !e.getValue().contains(f)).toList();
            out.add(new Suggestion(e.getKey(), first.get(e.getKey()).why(), List.copyOf(e.getValue()), others, List.of(), List.of(), value));
        }
        out.sort(Comparator.comparingDouble((Suggestion s) -> -Math.round(s.value() * 1000) / 1000.0)
                .thenComparing(s -> !s.placeholders().isEmpty())
                .thenComparingInt(s -> s.bearsOn().get(0).rank())
                .thenComparing(Suggestion::command));
        return out;
    }

    /** What to look at first when nothing points anywhere yet: the service, then its stopped tasks, then its task definition. */
    public static String starter(Snapshot snapshot, Scope scope) {
        String cluster = scope.cluster() != null ? scope.cluster() : "CLUSTER";
        String service = scope.service() != null ? scope.service() : "SERVICE";
        List<EcsService> services = snapshot.all(EcsService.class);
        if (services.isEmpty()) {
            if (scope.stack() != null && scope.service() == null) {
                return "aws cloudformation describe-stack-events --stack-name " + scope.stack();
            }
            return "aws ecs describe-services --cluster " + cluster + " --services " + service;
        }
        EcsService s = services.get(0);
        if (snapshot.all(EcsTask.class).isEmpty()) {
            String c = s.clusterName() != null ? s.clusterName() : cluster;
            return "aws ecs describe-tasks --cluster " + c + " --tasks $(aws ecs list-tasks --cluster " + c + " --service-name "
                    + s.serviceName() + " --desired-status STOPPED --query taskArns --output text)";
        }
        return "aws ecs describe-task-definition --task-definition " + (s.taskDefinitionArn() != null ? s.taskDefinitionArn() : "FAMILY:REVISION");
    }

    /** The shapes a snapshot recognised: "paste 2: ecs describe-task-definition" gives "ecs describe-task-definition". */
    public static Set<String> captured(Snapshot snapshot) {
        Set<String> out = new java.util.HashSet<>();
        for (String r : snapshot.recognisedInputs()) out.add(r.substring(r.lastIndexOf(": ") + 2));
        return out;
    }

    static String operation(AwsCall call) {
        return call.service() + " " + call.operation();
    }

    static double weight(Finding f) {
        return f.severity() == Severity.LOW ? f.score() * 0.25 : f.score();
    }

    /** The report's Region where the check still says REGION. */
    static AwsCall fill(AwsCall call, String region) {
        return region != null && "REGION".equals(call.region()) ? call.in(region) : call;
    }
}
