package io.ecstriage.model;

/** A NAT gateway from `aws ec2 describe-nat-gateways`. */
public record NatGateway(String region, String natGatewayId, String vpcId, String subnetId, String state,
                         String connectivityType) implements Regional {

    public boolean available() {
        return "available".equalsIgnoreCase(state);
    }
}
