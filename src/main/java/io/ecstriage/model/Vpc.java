package io.ecstriage.model;

/** A VPC from `aws ec2 describe-vpcs`. */
public record Vpc(String region, String vpcId, String cidrBlock) implements Regional {}
