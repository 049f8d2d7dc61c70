package io.ecstriage.aws;

import java.util.Map;

/** The IAM action of an aws CLI command: `elbv2 describe-target-health` → `elasticloadbalancing:DescribeTargetHealth`. */
public final class IamActions {
    private static final Map<String, String> PREFIX = Map.of("elbv2", "elasticloadbalancing", "logs", "logs",
            "ecs", "ecs", "ec2", "ec2", "cloudformation", "cloudformation", "ecr", "ecr", "amplify", "amplify", "sts", "sts");

    private IamActions() {}

    public static String of(String cliService, String cliOperation) {
        return PREFIX.getOrDefault(cliService, cliService) + ":" + operationName(cliOperation);
    }

    /** `describe-target-health` → `DescribeTargetHealth`. */
    public static String operationName(String cliOperation) {
        StringBuilder sb = new StringBuilder();
        for (String part : cliOperation.split("-")) {
            if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
