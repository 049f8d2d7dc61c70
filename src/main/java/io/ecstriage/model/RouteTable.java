package io.ecstriage.model;

import java.util.List;

/** A route table with the subnets explicitly associated with it. */
public record RouteTable(String region, String routeTableId, String vpcId, boolean main, List<String> subnetIds,
                         List<Route> routes) implements Regional {

    public RouteTable {
        subnetIds = List.copyOf(subnetIds);
        routes = List.copyOf(routes);
    }
}
