package io.ecstriage.model;

/** One route of a route table. */
public record Route(String destination, String gatewayId, String natGatewayId, String transitGatewayId,
                    String vpcEndpointId, String state) {

    public boolean defaultRoute() {
        return "0.0.0.0/0".equals(destination);
    }

    public boolean toInternetGateway() {
        return gatewayId != null && gatewayId.startsWith("igw-");
    }
}
