package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;

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

    public List<SecurityGroup> describeSecurityGroups(String region, List<String> groupIds) {
        if (groupIds.isEmpty()) return List.of();
        DescribeSecurityGroupsResponse r = rec.call(DESCRIBE_SECURITY_GROUPS.withAll("--group-ids", groupIds)
                .in(region), () -> DescribeSecurityGroupsResponse.builder().securityGroups(aws.ec2(region)
                        .describeSecurityGroupsPaginator(b -> b.groupIds(groupIds)).securityGroups().stream().toList()).build());
        return r == null ? List.of() : r.securityGroups();
    }

    private static Filter vpcFilter(List<String> vpcIds) {
        return Filter.builder().name("vpc-id").values(vpcIds).build();
    }

    private static String vpcFilterOption(List<String> vpcIds) {
        return "Name=vpc-id,Values=" + String.join(",", vpcIds);
    }

    public void describeSubnets(String region, List<String> vpcIds) {
        rec.call(DESCRIBE_SUBNETS.with("--filters", vpcFilterOption(vpcIds)).in(region),
                () -> DescribeSubnetsResponse.builder().subnets(aws.ec2(region).describeSubnetsPaginator(b -> b.filters(vpcFilter(vpcIds)))
                        .subnets().stream().toList()).build());
    }

    public void describeRouteTables(String region, List<String> vpcIds) {
        rec.call(DESCRIBE_ROUTE_TABLES.with("--filters", vpcFilterOption(vpcIds)).in(region),
                () -> DescribeRouteTablesResponse.builder().routeTables(aws.ec2(region)
                        .describeRouteTablesPaginator(b -> b.filters(vpcFilter(vpcIds))).routeTables().stream().toList()).build());
    }

    public void describeVpcEndpoints(String region, List<String> vpcIds) {
        rec.call(DESCRIBE_VPC_ENDPOINTS.with("--filters", vpcFilterOption(vpcIds)).in(region),
                () -> DescribeVpcEndpointsResponse.builder().vpcEndpoints(aws.ec2(region)
                        .describeVpcEndpointsPaginator(b -> b.filters(vpcFilter(vpcIds))).vpcEndpoints().stream().toList()).build());
    }

    public void describeNatGateways(String region, List<String> vpcIds) {
        rec.call(DESCRIBE_NAT_GATEWAYS.with("--filter", vpcFilterOption(vpcIds)).in(region),
                () -> DescribeNatGatewaysResponse.builder().natGateways(aws.ec2(region)
                        .describeNatGatewaysPaginator(b -> b.filter(vpcFilter(vpcIds))).natGateways().stream().toList()).build());
    }

    public void describeVpcs(String region, List<String> vpcIds) {
        rec.call(DESCRIBE_VPCS.withAll("--vpc-ids", vpcIds).in(region),
                () -> aws.ec2(region).describeVpcs(b -> b.vpcIds(vpcIds)));
    }

    /** DNS support and host names decide whether interface endpoints resolve; the API takes one attribute per call. */
    public void describeVpcAttribute(String region, String vpcId, VpcAttributeName attribute) {
        rec.call(DESCRIBE_VPC_ATTRIBUTE.with("--vpc-id", vpcId).with("--attribute", attribute.toString())
                .in(region), () -> aws.ec2(region).describeVpcAttribute(b -> b.vpcId(vpcId).attribute(attribute)));
    }

    /** The container instances' EC2 hosts: in bridge and host networking their security groups guard the tasks' ports. */
    public List<Instance> describeInstances(String region, List<String> instanceIds) {
        if (instanceIds.isEmpty()) return List.of();
        DescribeInstancesResponse r = rec.call(DESCRIBE_INSTANCES.withAll("--instance-ids", instanceIds).in(region),
                () -> DescribeInstancesResponse.builder().reservations(aws.ec2(region)
                        .describeInstancesPaginator(b -> b.instanceIds(instanceIds)).reservations().stream().toList()).build());
        return r == null ? List.of() : r.reservations().stream().flatMap(x -> x.instances().stream()).toList();
    }
}
