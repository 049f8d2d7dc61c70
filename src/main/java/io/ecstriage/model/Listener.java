package io.ecstriage.model;

import java.util.List;

/** An ELBv2 listener and the target groups its default actions forward to. */
public record Listener(String region, String arn, String loadBalancerArn, int port, String protocol,
                       List<String> targetGroupArns) implements Regional {

    public Listener {
        targetGroupArns = List.copyOf(targetGroupArns);
    }
}
