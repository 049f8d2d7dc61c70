package io.ecstriage.model;

import java.util.Map;

/** A CloudFormation stack from `describe-stacks`. */
public record Stack(String region, String stackName, String stackId, String status, String statusReason,
                    Map<String, String> parameters, Map<String, String> outputs) implements Regional {

    public Stack {
        parameters = Map.copyOf(parameters);
        outputs = Map.copyOf(outputs);
    }
}
