package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.bool;
import static io.ecstriage.ingest.Json.integer;
import static io.ecstriage.ingest.Json.strings;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.Route;
import io.ecstriage.model.RouteTable;
import io.ecstriage.model.SecurityGroup;
import io.ecstriage.model.SecurityGroupRule;
import io.ecstriage.model.Subnet;
import io.ecstriage.model.Vpc;
import io.ecstriage.model.VpcEndpoint;
import io.ecstriage.model.VpcEndpointListing;
import io.ecstriage.model.VpcEndpointRoutes;
import java.util.ArrayList;
import java.util.List;

/** The EC2 network outputs: subnets, security groups, route tables, VPC endpoints, VPCs. */
public final class Ec2NetworkReaders {
    private Ec2NetworkReaders() {}

    public static List<ShapeReader> all() {
        return List.of(new Subnets(), new SecurityGroups(), new RouteTables(), new Endpoints(), new Vpcs());
    }

    static final class Subnets implements ShapeReader {
        public String shape() { return "ec2 describe-subnets"; }

        public boolean accepts(JsonNode root) { return root.path("Subnets").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode s : array(root, "Subnets")) {
                ctx.add(new Subnet(ctx.region(), text(s, "SubnetId"), text(s, "VpcId"), text(s, "AvailabilityZone"),
                        text(s, "CidrBlock"), bool(s, "MapPublicIpOnLaunch"), integer(s, "AvailableIpAddressCount")));
            }
        }
    }

    static final class SecurityGroups implements ShapeReader {
        public String shape() { return "ec2 describe-security-groups"; }

        public boolean accepts(JsonNode root) { return root.path("SecurityGroups").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode g : array(root, "SecurityGroups")) {
                ctx.add(new SecurityGroup(ctx.region(), text(g, "GroupId"), text(g, "GroupName"), text(g, "VpcId"),
                        rules(g, "IpPermissions"), rules(g, "IpPermissionsEgress")));
            }
        }

        private static List<SecurityGroupRule> rules(JsonNode g, String field) {
            List<SecurityGroupRule> out = new ArrayList<>();
            for (JsonNode p : array(g, field)) {
                List<String> cidrs = new ArrayList<>();
                for (JsonNode r : array(p, "IpRanges")) if (text(r, "CidrIp") != null) cidrs.add(text(r, "CidrIp"));
                List<String> groups = new ArrayList<>();
                for (JsonNode u : array(p, "UserIdGroupPairs")) if (text(u, "GroupId") != null) groups.add(text(u, "GroupId"));
                List<String> prefixes = new ArrayList<>();
                for (JsonNode pl : array(p, "PrefixListIds")) if (text(pl, "PrefixListId") != null) prefixes.add(text(pl, "PrefixListId"));
                out.add(new SecurityGroupRule(text(p, "IpProtocol"), integer(p, "FromPort"), integer(p, "ToPort"),
                        cidrs, groups, prefixes));
            }
            return out;
        }
    }

    static final class RouteTables implements ShapeReader {
        public String shape() { return "ec2 describe-route-tables"; }

        public boolean accepts(JsonNode root) { return root.path("RouteTables").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode t : array(root, "RouteTables")) {
                boolean main = false;
                List<String> subnets = new ArrayList<>();
                for (JsonNode a : array(t, "Associations")) {
                    if (Boolean.TRUE.equals(bool(a, "Main"))) main = true;
                    if (text(a, "SubnetId") != null) subnets.add(text(a, "SubnetId"));
                }
                List<Route> routes = new ArrayList<>();
                for (JsonNode r : array(t, "Routes")) {
                    routes.add(new Route(text(r, "DestinationCidrBlock") != null ? text(r, "DestinationCidrBlock")
                            : text(r, "DestinationPrefixListId"), text(r, "GatewayId"), text(r, "NatGatewayId"),
                            text(r, "TransitGatewayId"), text(r, "VpcEndpointId"), text(r, "State")));
                }
                ctx.add(new RouteTable(ctx.region(), text(t, "RouteTableId"), text(t, "VpcId"), main, subnets, routes));
            }
        }
    }

    static final class Endpoints implements ShapeReader {
        public String shape() { return "ec2 describe-vpc-endpoints"; }

        public boolean accepts(JsonNode root) { return root.path("VpcEndpoints").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode e : array(root, "VpcEndpoints")) {
                List<String> sgs = new ArrayList<>();
                for (JsonNode g : array(e, "Groups")) if (text(g, "GroupId") != null) sgs.add(text(g, "GroupId"));
                ctx.add(new VpcEndpoint(ctx.region(), text(e, "VpcEndpointId"), text(e, "VpcId"), text(e, "ServiceName"),
                        text(e, "VpcEndpointType"), strings(e, "SubnetIds"), sgs, bool(e, "PrivateDnsEnabled"),
                        text(e, "State")));
                List<String> tables = strings(e, "RouteTableIds");
                if (!tables.isEmpty()) ctx.add(new VpcEndpointRoutes(ctx.region(), text(e, "VpcEndpointId"), tables));
            }
            ctx.add(listing(root, ctx));
        }

        /** What the listing covers: the VPCs of a vpc-id filter (all without one); other selections make it partial. */
        private static VpcEndpointListing listing(JsonNode root, ReadContext ctx) {
            boolean partial = root.hasNonNull("NextToken") || ctx.option("--vpc-endpoint-ids") != null || ctx.option("--max-items") != null;
            List<String> vpcs = new ArrayList<>();
            for (String f : ctx.options("--filters")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("Name=([^,\\s]+),Values=([^\\s]+)").matcher(f);
                while (m.find()) {
                    if (m.group(1).equals("vpc-id")) vpcs.addAll(List.of(m.group(2).split(",")));
                    else partial = true;
                }
            }
            return new VpcEndpointListing(ctx.region(), vpcs, partial);
        }
    }

    static final class Vpcs implements ShapeReader {
        public String shape() { return "ec2 describe-vpcs"; }

        public boolean accepts(JsonNode root) { return root.path("Vpcs").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode v : array(root, "Vpcs")) ctx.add(new Vpc(ctx.region(), text(v, "VpcId"), text(v, "CidrBlock")));
        }
    }
}
