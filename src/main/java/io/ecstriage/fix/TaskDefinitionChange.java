package io.ecstriage.fix;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.model.Arns;
import java.util.ArrayList;
import java.util.List;

/**
 * A task definition change the runnable way (ECS has no "patch task definition"): describe the revision, change
 * it with jq, register the result as a new revision and, when the service is known, move the service to it.
 * Printed as one pipeline; jq must be installed.
 */
public record TaskDefinitionChange(String taskDefinition, String edit, String cluster, String service, String region,
                                   PropertyChange change, List<Precondition> preconditions) implements Step {
    /** What describe-task-definition returns and register-task-definition refuses. */
    public static final List<String> READ_ONLY_FIELDS = List.of("taskDefinitionArn", "revision", "status",
            "requiresAttributes", "compatibilities", "registeredAt", "registeredBy", "deregisteredAt");
    static final String FILE = "taskdef.json";

    public TaskDefinitionChange {
        preconditions = List.copyOf(preconditions);
    }

    /** A task-level change (`.cpu = "512"`). */
    public static TaskDefinitionChange ofTask(String taskDefinition, String edit, String cluster, String service, String region) {
        return new TaskDefinitionChange(taskDefinition, edit, cluster, service, region, null, List.of());
    }

    /** A change to the container named `container` only (`.image = "…"`). */
    public static TaskDefinitionChange ofContainer(String taskDefinition, String container, String edit, String cluster,
                                                   String service, String region) {
        String filter = ".containerDefinitions |= map(if .name == " + Jq.string(container) + " then " + edit + " else . end)";
        return ofTask(taskDefinition, filter, cluster, service, region);
    }

    public TaskDefinitionChange changing(PropertyChange c) {
        return new TaskDefinitionChange(taskDefinition, edit, cluster, service, region, c, preconditions);
    }

    public TaskDefinitionChange given(Precondition p) {
        List<Precondition> all = new ArrayList<>(preconditions);
        all.add(p);
        return new TaskDefinitionChange(taskDefinition, edit, cluster, service, region, change, all);
    }

    public AwsCall describe() {
        return AwsCall.of("ecs", "describe-task-definition").with("--task-definition", taskDefinition)
                .with("--query", "taskDefinition").with("--output", "json").in(region);
    }

    /** The edit, then the read-only fields dropped so register accepts the file. */
    public JqStep jq() {
        return JqStep.of(edit + " | del(" + String.join(", ", READ_ONLY_FIELDS.stream().map(f -> "." + f).toList()) + ")");
    }

    public AwsCall register() {
        return AwsCall.of("ecs", "register-task-definition").with("--cli-input-json", "file://" + FILE)
                .with("--query", "taskDefinition.taskDefinitionArn").with("--output", "text").in(region);
    }

    /** The service moved to the family's newest revision, or null when the evidence names no service. */
    public AwsCall updateService() {
        if (cluster == null || service == null) return null;
        return AwsCall.of("ecs", "update-service").with("--cluster", cluster).with("--service", service)
                .with("--task-definition", Arns.taskDefinitionFamily(taskDefinition)).in(region);
    }

    /** The aws calls of the pipeline, in order. */
    public List<AwsCall> calls() {
        List<AwsCall> out = new ArrayList<>(List.of(describe(), register()));
        if (updateService() != null) out.add(updateService());
        return out;
    }

    @Override
    public String render() {
        StringBuilder line = new StringBuilder(describe().render()).append(" | ").append(jq().render()).append(" > ").append(FILE)
                .append(" && ").append(register().render());
        AwsCall update = updateService();
        if (update != null) line.append(" && ").append(update.render());
        return line.toString();
    }

    @Override
    public String kind() {
        return "task-definition";
    }
}
