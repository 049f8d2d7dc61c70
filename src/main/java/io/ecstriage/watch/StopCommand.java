package io.ecstriage.watch;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.RevisionChange;
import io.ecstriage.model.ServiceDeployment;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.Stack;
import io.ecstriage.model.TaskDefinition;
import io.ecstriage.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The command that stops waiting for a deployment a finding says will not succeed; printed, never run. */
final class StopCommand {
    private StopCommand() {}

    static List<String> of(Snapshot s, Report r, Stack stack) {
        List<String> out = new ArrayList<>();
        if (stack != null) {
            String status = Objects.toString(stack.status(), "");
            if (status.startsWith("UPDATE_IN_PROGRESS")) {
                out.add(AwsCall.of("cloudformation", "cancel-update-stack").with("--stack-name", stack.stackName()).in(stack.region()).render()
                        + "   # rolls the update back to the last good template");
            } else if (status.startsWith("CREATE_IN_PROGRESS")) {
                out.add("# a create cannot be cancelled: once it fails and rolls back, delete the stack before creating it again:");
                out.add(AwsCall.of("cloudformation", "delete-stack").with("--stack-name", stack.stackName()).in(stack.region()).render());
            }
            return out;
        }
        for (EcsService svc : s.all(EcsService.class)) {
            String healthy = lastHealthy(s, r, svc);
            if (healthy == null) continue;
            out.add(AwsCall.of("ecs", "update-service").with("--cluster", svc.clusterName()).with("--service", svc.serviceName())
                    .with("--task-definition", healthy).in(svc.region()).render() + "   # back to the last healthy revision");
        }
        return out;
    }

    /** The revision "changed since last healthy" found, else an ACTIVE deployment's, else the family's previous revision. */
    private static String lastHealthy(Snapshot s, Report r, EcsService svc) {
        for (RevisionChange c : r.changes()) if (Objects.equals(c.serviceKey(), svc.serviceKey())) return c.healthyRef();
        String current = svc.taskDefinitionArn() == null ? null : io.ecstriage.model.Arns.lastSegment(svc.taskDefinitionArn());
        for (ServiceDeployment d : s.all(ServiceDeployment.class)) {
            String ref = d.taskDefinitionArn() == null ? null : io.ecstriage.model.Arns.lastSegment(d.taskDefinitionArn());
            if (Objects.equals(d.serviceKey(), svc.serviceKey()) && ref != null && !ref.equals(current)) return ref;
        }
        if (current == null) return null;
        String family = io.ecstriage.model.Arns.taskDefinitionFamily(current);
        return s.all(TaskDefinition.class).stream().filter(td -> Objects.equals(td.family(), family) && !td.ref().equals(current))
                .max(Comparator.comparingInt(TaskDefinition::revision)).map(TaskDefinition::ref).orElse(null);
    }
}
