package io.ecstriage.model;

/** One answer of `aws ec2 describe-vpc-attribute`: enableDnsSupport or enableDnsHostnames of a VPC. */
public record VpcAttribute(String region, String vpcId, String attribute, boolean value) implements Regional {
    public static final String DNS_SUPPORT = "enableDnsSupport";
    public static final String DNS_HOSTNAMES = "enableDnsHostnames";
}
