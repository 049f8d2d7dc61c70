package io.ecstriage.model;

import java.util.List;

/** The route tables a gateway endpoint (S3, DynamoDB) is associated with (`RouteTableIds` of describe-vpc-endpoints). */
public record VpcEndpointRoutes(String region, String vpcEndpointId, List<String> routeTableIds) implements Regional {

    public VpcEndpointRoutes {
        routeTableIds = List.copyOf(routeTableIds);
    }
}
