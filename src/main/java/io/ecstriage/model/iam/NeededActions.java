package io.ecstriage.model.iam;

import java.util.ArrayList;
import java.util.List;

/** The actions and resource ARNs a task's execution role needs for one purpose, from the task definition's values. */
public final class NeededActions {
    private NeededActions() {}

    /** Pulling from a private ECR repository: the token on "*", the image and its layers on the repository. */
    public static List<ActionOn> ecrPull(String partition, String region, String account, String repository) {
        String repo = "arn:" + partition + ":ecr:" + region + ":" + account + ":repository/" + repository;
        return List.of(new ActionOn("ecr:GetAuthorizationToken", "*"), new ActionOn("ecr:BatchGetImage", repo),
                new ActionOn("ecr:GetDownloadUrlForLayer", repo));
    }

    /**
     * Reading the secrets of `secrets` valueFrom values: secretsmanager:GetSecretValue on the secret (a JSON key,
     * version stage or id after the secret's ARN is dropped), ssm:GetParameters on the parameter (a bare name is a
     * parameter of the task's Region and account), and kms:Decrypt on `kmsKey` when one is named.
     */
    public static List<ActionOn> secrets(List<String> valueFroms, String partition, String region, String account, String kmsKey) {
        List<ActionOn> out = new ArrayList<>();
        for (String v : valueFroms) {
            if (v == null || v.isBlank()) continue;
            String[] p = v.split(":", -1);
            if (v.startsWith("arn:") && p.length >= 7 && "secretsmanager".equals(p[2])) {
                out.add(new ActionOn("secretsmanager:GetSecretValue", String.join(":", java.util.Arrays.copyOf(p, 7))));
            } else if (v.startsWith("arn:") && p.length >= 6 && "ssm".equals(p[2])) {
                out.add(new ActionOn("ssm:GetParameters", v));
            } else if (!v.startsWith("arn:")) {
                String name = v.startsWith("/") ? v.substring(1) : v;
                out.add(new ActionOn("ssm:GetParameters", "arn:" + partition + ":ssm:" + region + ":" + account + ":parameter/" + name));
            }
        }
        if (kmsKey != null) out.add(new ActionOn("kms:Decrypt", kmsKey));
        return out;
    }

    /**
     * The awslogs driver creating its group (awslogs-create-group true). Logs evaluates a log group's actions on the
     * group's ARN with ":*" appended, which is why policies name `log-group:NAME:*`.
     */
    public static List<ActionOn> createLogGroup(String partition, String region, String account, String group) {
        return List.of(new ActionOn("logs:CreateLogGroup", "arn:" + partition + ":logs:" + region + ":" + account + ":log-group:" + group + ":*"));
    }

    /** Every action on every resource: what an administrator policy grants. */
    public static List<ActionOn> everything() {
        return List.of(new ActionOn("*", "*"));
    }
}
