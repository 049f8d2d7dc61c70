package io.ecstriage.model;

import java.util.List;

/** A VPC endpoint from `aws ec2 describe-vpc-endpoints`. */
public record VpcEndpoint(String region, String vpcEndpointId, String vpcId, String serviceName, String type,
                          List<String> subnetIds, List<String> securityGroupIds, Boolean privateDnsEnabled,
                          String state) implements Regional {

    public VpcEndpoint {
        subnetIds = List.copyOf(subnetIds);
        securityGroupIds = List.copyOf(securityGroupIds);
    }
}
