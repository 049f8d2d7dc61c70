package io.ecstriage.model;

import java.util.List;

/** An EC2 instance from `aws ec2 describe-instances`: where a container instance runs and which groups guard it. */
public record Ec2Instance(String region, String instanceId, String state, String instanceType, String subnetId,
                          String vpcId, String privateIp, List<String> securityGroupIds, String instanceProfileArn)
        implements Regional {

    public Ec2Instance {
        securityGroupIds = List.copyOf(securityGroupIds);
    }
}
