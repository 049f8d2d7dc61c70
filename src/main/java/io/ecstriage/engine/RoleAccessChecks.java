package io.ecstriage.engine;

import io.ecstriage.model.Arns;
import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.IamRolePolicies;
import io.ecstriage.model.ImageRef;
import io.ecstriage.model.RoleAccess;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.TaskDefinition;
import io.ecstriage.model.TextSignal;
import io.ecstriage.model.iam.Access;
import io.ecstriage.model.iam.AccessDecision;
import io.ecstriage.model.iam.ActionOn;
import io.ecstriage.model.iam.NeededActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * For each task definition whose execution or task role's policies were read: may the execution role pull its ECR
 * images, read its secrets, create its awslogs groups, and does the task role allow everything? One
 * {@link RoleAccess} per purpose the task definition has.
 */
final class RoleAccessChecks {
    private static final Pattern KMS_KEY = Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:key/[0-9a-fA-F-]+");
    private final Snapshot snapshot;

    RoleAccessChecks(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    List<RoleAccess> all() {
        Map<String, IamRolePolicies> roles = new RolePolicies(snapshot).all().stream()
                .collect(Collectors.toMap(IamRolePolicies::roleName, r -> r, (a, b) -> a));
        List<RoleAccess> out = new ArrayList<>();
        if (roles.isEmpty()) return out;
        for (TaskDefinition td : snapshot.all(TaskDefinition.class)) {
            String partition = partition(td.arn());
            String account = Arns.account(td.arn());
            List<ContainerDefinition> containers = snapshot.all(ContainerDefinition.class).stream()
                    .filter(c -> td.arn().equals(c.taskDefinitionArn())).toList();
            IamRolePolicies exec = td.executionRoleArn() == null ? null : roles.get(Arns.lastSegment(td.executionRoleArn()));
            if (exec != null) {
                List<ActionOn> pull = new ArrayList<>();
                List<String> secrets = new ArrayList<>();
                List<ActionOn> logs = new ArrayList<>();
                for (ContainerDefinition c : containers) {
                    ImageRef image = c.imageRef();
                    if (image.isEcr()) pull.addAll(NeededActions.ecrPull(partition, image.ecrRegion(), image.ecrAccount(), image.repository()));
                    secrets.addAll(new TreeSet<>(c.secrets().values()));
                    if (c.awslogsGroup() != null && c.awslogsCreatesGroup()) {
                        logs.addAll(NeededActions.createLogGroup(partition, c.awslogsRegion(), account, c.awslogsGroup()));
                    }
                }
                add(out, td, td.executionRoleArn(), exec, RoleAccess.ECR_PULL, pull);
                add(out, td, td.executionRoleArn(), exec, RoleAccess.SECRETS,
                        secrets.isEmpty() ? List.of() : NeededActions.secrets(secrets, partition, td.region(), account, kmsKey(td)));
                add(out, td, td.executionRoleArn(), exec, RoleAccess.CREATE_LOG_GROUP, logs);
            }
            IamRolePolicies task = td.taskRoleArn() == null ? null : roles.get(Arns.lastSegment(td.taskRoleArn()));
            if (task != null) add(out, td, td.taskRoleArn(), task, RoleAccess.EVERYTHING, NeededActions.everything());
        }
        return out;
    }

    private static void add(List<RoleAccess> out, TaskDefinition td, String roleArn, IamRolePolicies role, String purpose, List<ActionOn> needed) {
        if (needed.isEmpty()) return;
        AccessDecision refused = null;
        AccessDecision unknown = null;
        AccessDecision allowed = null;
        for (ActionOn a : needed.stream().distinct().toList()) {
            AccessDecision d = role.decide(a.action(), a.resource());
            if (d.refused() && refused == null) refused = d;
            else if (d.access() == Access.UNKNOWN && unknown == null) unknown = d;
            else if (d.allowed()) allowed = d;
        }
        AccessDecision decisive = refused != null ? refused : unknown != null ? unknown : allowed;
        out.add(new RoleAccess(td.arn(), roleArn, role.roleName(), purpose, decisive));
    }

    /** The KMS key a stopped task of this task definition names in its reason (the secret's customer managed key). */
    private String kmsKey(TaskDefinition td) {
        for (EcsTask t : snapshot.all(EcsTask.class)) {
            if (!td.arn().equals(t.taskDefinitionArn())) continue;
            for (TextSignal s : snapshot.all(TextSignal.class)) {
                if (!t.taskArn().equals(s.ref())) continue;
                Matcher m = KMS_KEY.matcher(s.text());
                if (m.find()) return m.group();
            }
        }
        return null;
    }

    private static String partition(String arn) {
        if (arn == null || !arn.startsWith("arn:")) return "aws";
        String[] p = arn.split(":", 3);
        return p.length > 1 && !p[1].isEmpty() ? p[1] : "aws";
    }
}
