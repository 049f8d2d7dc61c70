package io.ecstriage.model;

import java.util.List;

/**
 * That `aws ec2 describe-vpc-endpoints` was read in a region, so an endpoint missing from it is absent: for the
 * VPCs named by a vpc-id filter, or all VPCs when there is none; `--vpc-endpoint-ids`, other filters, `--max-items`
 * or a NextToken make it partial.
 */
public record VpcEndpointListing(String region, List<String> vpcIds, boolean partial) implements Regional {

    public VpcEndpointListing {
        vpcIds = List.copyOf(vpcIds);
    }

    public boolean covers(String region, String vpcId) {
        return !partial && this.region.equals(region) && (vpcIds.isEmpty() || vpcIds.contains(vpcId));
    }
}
