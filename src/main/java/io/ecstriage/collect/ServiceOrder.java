package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import java.util.List;

/** The order captures are written in: the deployment first, then what it runs on, as a person would read them. */
final class ServiceOrder {
    private static final List<String> ORDER = List.of("cloudformation", "ecs", "elbv2", "ec2", "logs", "ecr", "amplify", "iam");

    private ServiceOrder() {}

    static int of(String command) {
        AwsCall c = AwsCall.parse(command);
        int i = c == null ? -1 : ORDER.indexOf(c.service());
        return i < 0 ? ORDER.size() : i;
    }
}
