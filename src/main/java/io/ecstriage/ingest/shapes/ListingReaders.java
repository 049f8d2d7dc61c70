package io.ecstriage.ingest.shapes;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import java.util.List;

/**
 * Outputs the live collector records that no rule weighs yet: ECS id listings (list-services, list-tasks,
 * list-clusters), NAT gateways and VPC attributes. Recognised so they are not reported as ignored; they add
 * no facts. Registered last, so a reader that makes facts of the same shape wins.
 */
public final class ListingReaders {
    private ListingReaders() {}

    public static List<ShapeReader> all() {
        return List.of(new EcsListing(), new VpcAttribute());
    }

    static final class EcsListing implements ShapeReader {
        public String shape() { return "ecs list-services / list-tasks / list-clusters"; }

        public boolean accepts(JsonNode root) {
            return root.path("serviceArns").isArray() || root.path("taskArns").isArray() || root.path("clusterArns").isArray();
        }

        public void read(JsonNode root, ReadContext ctx) {
            // the ARNs are described by the describe-* captures beside them
        }
    }

    static final class VpcAttribute implements ShapeReader {
        public String shape() { return "ec2 describe-vpc-attribute"; }

        public boolean accepts(JsonNode root) {
            return root.has("VpcId") && (root.has("EnableDnsSupport") || root.has("EnableDnsHostnames")
                    || root.has("EnableNetworkAddressUsageMetrics"));
        }

        public void read(JsonNode root, ReadContext ctx) {
            // recognised only: no rule uses the VPC's DNS attributes yet
        }
    }
}
