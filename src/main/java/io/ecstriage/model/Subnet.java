package io.ecstriage.model;

/** A subnet from `aws ec2 describe-subnets`. */
public record Subnet(String region, String subnetId, String vpcId, String availabilityZone, String cidrBlock,
                     Boolean mapPublicIpOnLaunch) implements Regional {}
