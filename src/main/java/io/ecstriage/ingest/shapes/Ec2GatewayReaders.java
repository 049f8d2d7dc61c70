package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.bool;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.NatGateway;
import io.ecstriage.model.VpcAttribute;
import java.util.List;

/** `aws ec2 describe-vpc-attribute` (DNS support / host names) and `aws ec2 describe-nat-gateways`. */
public final class Ec2GatewayReaders {
    private Ec2GatewayReaders() {}

    public static List<ShapeReader> all() {
        return List.of(new VpcAttributes(), new NatGateways());
    }

    static final class VpcAttributes implements ShapeReader {
        public String shape() { return "ec2 describe-vpc-attribute"; }

        public boolean accepts(JsonNode root) {
            return root.path("VpcId").isTextual() && (root.has("EnableDnsSupport") || root.has("EnableDnsHostnames"));
        }

        public void read(JsonNode root, ReadContext ctx) {
            String vpc = text(root, "VpcId");
            add(ctx, vpc, root.get("EnableDnsSupport"), VpcAttribute.DNS_SUPPORT);
            add(ctx, vpc, root.get("EnableDnsHostnames"), VpcAttribute.DNS_HOSTNAMES);
        }

        private static void add(ReadContext ctx, String vpc, JsonNode attr, String name) {
            if (attr == null || attr.isNull()) return;
            Boolean value = attr.isObject() ? bool(attr, "Value") : attr.isBoolean() ? attr.asBoolean() : null;
            if (value != null) ctx.add(new VpcAttribute(ctx.region(), vpc, name, value));
        }
    }

    static final class NatGateways implements ShapeReader {
        public String shape() { return "ec2 describe-nat-gateways"; }

        public boolean accepts(JsonNode root) { return root.path("NatGateways").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode n : array(root, "NatGateways")) {
                ctx.add(new NatGateway(ctx.region(), text(n, "NatGatewayId"), text(n, "VpcId"), text(n, "SubnetId"),
                        text(n, "State"), text(n, "ConnectivityType")));
            }
        }
    }
}
