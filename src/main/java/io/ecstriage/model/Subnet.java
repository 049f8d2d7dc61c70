package io.ecstriage.model;

/** A subnet from `aws ec2 describe-subnets`; availableIpAddressCount is null when the input did not give it. */
public record Subnet(String region, String subnetId, String vpcId, String availabilityZone, String cidrBlock,
                     Boolean mapPublicIpOnLaunch, Integer availableIpAddressCount) implements Regional {

    /** True when the subnet is known to have no address left for a new network interface. */
    public boolean full() {
        return availableIpAddressCount != null && availableIpAddressCount == 0;
    }
}
