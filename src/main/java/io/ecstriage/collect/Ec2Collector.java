package io.ecstriage.collect;

import static io.ecstriage.collect.Nodes.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** EC2 network reads, one call per kind for all VPCs at once (filter vpc-id), security groups and instances by id. */
public final class Ec2Collector implements Collector {
    static final AwsCall DESCRIBE_SECURITY_GROUPS = AwsCall.of("ec2", "describe-security-groups");
    static final AwsCall DESCRIBE_SUBNETS = AwsCall.of("ec2", "describe-subnets");
    static final AwsCall DESCRIBE_ROUTE_TABLES = AwsCall.of("ec2", "describe-route-tables");
    static final AwsCall DESCRIBE_VPC_ENDPOINTS = AwsCall.of("ec2", "describe-vpc-endpoints");
    static final AwsCall DESCRIBE_NAT_GATEWAYS = AwsCall.of("ec2", "describe-nat-gateways");
    static final AwsCall DESCRIBE_VPCS = AwsCall.of("ec2", "describe-vpcs");
    static final AwsCall DESCRIBE_VPC_ATTRIBUTE = AwsCall.of("ec2", "describe-vpc-attribute");
    static final AwsCall DESCRIBE_INSTANCES = AwsCall.of("ec2", "describe-instances");
    /** The VPC attributes read (describe-vpc-attribute takes one per call). */
    public static final String ENABLE_DNS_SUPPORT = "enableDnsSupport";
    public static final String ENABLE_DNS_HOSTNAMES = "enableDnsHostnames";
    private final AwsClients aws;
    private final Recorder rec;

    public Ec2Collector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    @Override
    public List<AwsCall> reads() {
        return List.of(DESCRIBE_SECURITY_GROUPS, DESCRIBE_SUBNETS, DESCRIBE_ROUTE_TABLES, DESCRIBE_VPC_ENDPOINTS, DESCRIBE_NAT_GATEWAYS, DESCRIBE_VPCS, DESCRIBE_VPC_ATTRIBUTE,
                DESCRIBE_INSTANCES);
    }

    public List<JsonNode> describeSecurityGroups(String region, List<String> groupIds) {
        if (groupIds.isEmpty()) return List.of();
        ObjectNode r = rec.read(DESCRIBE_SECURITY_GROUPS.withAll("--group-ids", groupIds).in(region),
                () -> aws.wire().paginate("ec2", region, "DescribeSecurityGroups", params("GroupIds", groupIds), 0));
        return Nodes.list(r, "SecurityGroups");
    }

    private static List<Map<String, Object>> vpcFilter(List<String> vpcIds) {
        return List.of(Map.of("Name", "vpc-id", "Values", vpcIds));
    }

    private static String vpcFilterOption(List<String> vpcIds) {
        return "Name=vpc-id,Values=" + String.join(",", vpcIds);
    }

    public void describeSubnets(String region, List<String> vpcIds) {
        rec.read(DESCRIBE_SUBNETS.with("--filters", vpcFilterOption(vpcIds)).in(region),
                () -> aws.wire().paginate("ec2", region, "DescribeSubnets", params("Filters", vpcFilter(vpcIds)), 0));
    }

    public void describeRouteTables(String region, List<String> vpcIds) {
        rec.read(DESCRIBE_ROUTE_TABLES.with("--filters", vpcFilterOption(vpcIds)).in(region),
                () -> aws.wire().paginate("ec2", region, "DescribeRouteTables", params("Filters", vpcFilter(vpcIds)), 0));
    }

    public void describeVpcEndpoints(String region, List<String> vpcIds) {
        rec.read(DESCRIBE_VPC_ENDPOINTS.with("--filters", vpcFilterOption(vpcIds)).in(region),
                () -> aws.wire().paginate("ec2", region, "DescribeVpcEndpoints", params("Filters", vpcFilter(vpcIds)), 0));
    }

    public void describeNatGateways(String region, List<String> vpcIds) {
        rec.read(DESCRIBE_NAT_GATEWAYS.with("--filter", vpcFilterOption(vpcIds)).in(region),
                () -> aws.wire().paginate("ec2", region, "DescribeNatGateways", params("Filter", vpcFilter(vpcIds)), 0));
    }

    public void describeVpcs(String region, List<String> vpcIds) {
        rec.read(DESCRIBE_VPCS.withAll("--vpc-ids", vpcIds).in(region),
                () -> aws.wire().call("ec2", region, "DescribeVpcs", params("VpcIds", vpcIds)));
    }

    /** DNS support and host names decide whether interface endpoints resolve; the API takes one attribute per call. */
    public void describeVpcAttribute(String region, String vpcId, String attribute) {
        rec.read(DESCRIBE_VPC_ATTRIBUTE.with("--vpc-id", vpcId).with("--attribute", attribute).in(region),
                () -> aws.wire().call("ec2", region, "DescribeVpcAttribute", params("VpcId", vpcId, "Attribute", attribute)));
    }

    /** The container instances' EC2 hosts: in bridge and host networking their security groups guard the tasks' ports. */
    public List<JsonNode> describeInstances(String region, List<String> instanceIds) {
        if (instanceIds.isEmpty()) return List.of();
        ObjectNode r = rec.read(DESCRIBE_INSTANCES.withAll("--instance-ids", instanceIds).in(region),
                () -> aws.wire().paginate("ec2", region, "DescribeInstances", params("InstanceIds", instanceIds), 0));
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode reservation : Nodes.list(r, "Reservations")) out.addAll(Nodes.list(reservation, "Instances"));
        return out;
    }
}
