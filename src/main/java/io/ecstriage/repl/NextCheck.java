package io.ecstriage.repl;

import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Severity;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one `aws` command whose output would best separate the candidate causes. Each finding lists the evidence
 * that would settle it (its missingEvidence); a command is worth what it could move: for every candidate it
 * bears on, the candidate's weight (confidence × severity) times its remaining doubt (1 − confidence). A command
 * that bears on the leader but not on its rivals separates them; one that bears on all of them settles them all.
 * Commands the user can run as printed (no placeholder) win ties.
 */
public final class NextCheck {
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![\\w/.-])[A-Z][A-Z_]{2,}(?::[A-Z_]+)?(?![\\w.-])");

    /** A proposal: the command, its IAM action and reason, which candidates it bears on and which it does not. */
    public record Suggestion(String command, String iamAction, String why, List<Finding> bearsOn, List<Finding> others,
                             List<String> placeholders, double value) {}

    private NextCheck() {}

    public static Optional<Suggestion> best(Report report) {
        return best(report, java.util.Set.of());
    }

    /** @param captured the outputs the session holds, as "ecs describe-task-definition" (a snapshot's recognised shapes) */
    public static Optional<Suggestion> best(Report report, java.util.Set<String> captured) {
        List<Suggestion> all = ranked(report).stream()
                // a placeholder form of an output already pasted: the rule could not use it, asking again would not help
                .filter(s -> s.placeholders().isEmpty() || !captured.contains(operation(s.command()))).toList();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every missing-evidence command, best first. */
    public static List<Suggestion> ranked(Report report) {
        Map<String, List<Finding>> bearing = new LinkedHashMap<>();
        Map<String, MissingEvidence> first = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            for (MissingEvidence m : f.missingEvidence()) {
                String command = fill(m.command(), report.region());
                first.putIfAbsent(command, m);
                List<Finding> on = bearing.computeIfAbsent(command, k -> new ArrayList<>());
                if (!on.contains(f)) on.add(f);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (var e : bearing.entrySet()) {
            double value = 0;
            for (Finding f : e.getValue()) value += weight(f) * (1 - f.confidence());
            List<Finding> others = report.findings().stream().filter(f -> !e.getValue().contains(f)).toList();
            MissingEvidence m = first.get(e.getKey());
            out.add(new Suggestion(e.getKey(), m.iamAction(), m.why(), List.copyOf(e.getValue()), others,
                    placeholders(e.getKey()), value));
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
    public static java.util.Set<String> captured(Snapshot snapshot) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String r : snapshot.recognisedInputs()) out.add(r.substring(r.lastIndexOf(": ") + 2));
        return out;
    }

    static String operation(String command) {
        String[] w = command.trim().split("\\s+");
        return w.length >= 3 ? w[1] + " " + w[2] : command;
    }

    static double weight(Finding f) {
        return f.severity() == Severity.LOW ? f.score() * 0.25 : f.score();
    }

    static String fill(String command, String region) {
        return region == null ? command : command.replace(" --region REGION", " --region " + region);
    }

    static List<String> placeholders(String command) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(command.replaceFirst("^aws\\s+\\S+\\s+\\S+", ""));
        while (m.find()) if (!out.contains(m.group())) out.add(m.group());
        return out;
    }
}
