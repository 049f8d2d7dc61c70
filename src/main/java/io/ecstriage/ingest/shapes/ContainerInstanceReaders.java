package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.bool;
import static io.ecstriage.ingest.Json.integer;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.ContainerInstance;
import io.ecstriage.model.ContainerInstanceListing;
import io.ecstriage.model.Ec2Instance;
import io.ecstriage.model.TextSignal;
import io.ecstriage.model.TextSignal.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EC2 launch type's hosts: `aws ecs describe-container-instances`, `aws ecs list-container-instances` and
 * `aws ec2 describe-instances` (the instances' subnet, security groups and instance profile).
 */
public final class ContainerInstanceReaders {
    private ContainerInstanceReaders() {}

    public static List<ShapeReader> all() {
        return List.of(new Described(), new Listed(), new Instances());
    }

    static final class Described implements ShapeReader {
        public String shape() { return "ecs describe-container-instances"; }

        public boolean accepts(JsonNode root) { return root.path("containerInstances").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode ci : array(root, "containerInstances")) {
                String arn = text(ci, "containerInstanceArn");
                Map<String, String> attributes = new LinkedHashMap<>();
                for (JsonNode a : array(ci, "attributes")) {
                    if (text(a, "name") != null) attributes.put(text(a, "name"), text(a, "value") == null ? "" : text(a, "value"));
                }
                Integer cpuLeft = resource(ci, "remainingResources", "CPU");
                Integer memLeft = resource(ci, "remainingResources", "MEMORY");
                String cluster = ctx.option("--cluster");
                ctx.add(new ContainerInstance(ctx.regionOf(arn), arn, clusterArn(arn, cluster), text(ci, "ec2InstanceId"),
                        text(ci, "status"), text(ci, "statusReason"), bool(ci, "agentConnected"),
                        resource(ci, "registeredResources", "CPU"), resource(ci, "registeredResources", "MEMORY"), cpuLeft, memLeft,
                        ports(ci), integer(ci, "runningTasksCount", 0), integer(ci, "pendingTasksCount", 0),
                        text(ci.path("versionInfo"), "agentVersion"), attributes));
            }
            for (JsonNode f : array(root, "failures")) {
                if (text(f, "reason") != null) ctx.add(TextSignal.of(Origin.COMMAND_ERROR, text(f, "arn"), failure(f), null));
            }
        }

        private static Integer resource(JsonNode ci, String field, String name) {
            for (JsonNode r : array(ci, field)) if (name.equals(text(r, "name"))) return integer(r, "integerValue");
            return null;
        }

        /** The TCP host ports in use: the remaining PORTS resource lists the reserved ones, not the free ones. */
        private static List<Integer> ports(JsonNode ci) {
            List<Integer> out = new ArrayList<>();
            for (JsonNode r : array(ci, "remainingResources")) {
                if (!"PORTS".equals(text(r, "name"))) continue;
                for (JsonNode p : array(r, "stringSetValue")) {
                    try {
                        out.add(Integer.parseInt(p.asText().trim()));
                    } catch (NumberFormatException e) {
                        // a malformed port entry names no port
                    }
                }
            }
            return out;
        }

        /** arn:aws:ecs:R:A:container-instance/CLUSTER/ID names its cluster; the old format needs --cluster. */
        private static String clusterArn(String arn, String cluster) {
            if (arn != null && arn.contains(":container-instance/")) {
                String[] parts = arn.substring(arn.indexOf(":container-instance/") + 20).split("/");
                if (parts.length == 2) return arn.substring(0, arn.indexOf(":container-instance/")) + ":cluster/" + parts[0];
            }
            return cluster;
        }
    }

    /** "RESOURCE:MEMORY (arn:…)": the reason with the resource it names, as a paste of the failure would read. */
    static String failure(JsonNode f) {
        String text = text(f, "reason");
        if (text(f, "detail") != null) text += ": " + text(f, "detail");
        return text(f, "arn") == null ? text : text + " (" + text(f, "arn") + ")";
    }

    static final class Listed implements ShapeReader {
        public String shape() { return "ecs list-container-instances"; }

        public boolean accepts(JsonNode root) { return root.path("containerInstanceArns").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            List<String> arns = new ArrayList<>();
            for (JsonNode a : array(root, "containerInstanceArns")) if (a.isTextual()) arns.add(a.asText());
            boolean partial = root.hasNonNull("nextToken") || ctx.option("--filter") != null || ctx.option("--status") != null
                    || ctx.option("--max-items") != null;
            String cluster = ctx.option("--cluster");
            if (cluster == null && !arns.isEmpty()) cluster = Described.clusterArn(arns.get(0), null);
            // without --cluster the CLI lists the default cluster
            ctx.add(new ContainerInstanceListing(ctx.region(), cluster == null ? "default" : cluster, arns, partial));
        }
    }

    static final class Instances implements ShapeReader {
        public String shape() { return "ec2 describe-instances"; }

        public boolean accepts(JsonNode root) { return root.path("Reservations").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            for (JsonNode r : array(root, "Reservations")) {
                for (JsonNode i : array(r, "Instances")) {
                    List<String> groups = new ArrayList<>();
                    for (JsonNode g : array(i, "SecurityGroups")) if (text(g, "GroupId") != null) groups.add(text(g, "GroupId"));
                    ctx.add(new Ec2Instance(ctx.region(), text(i, "InstanceId"), text(i.path("State"), "Name"), text(i, "InstanceType"),
                            text(i, "SubnetId"), text(i, "VpcId"), text(i, "PrivateIpAddress"), groups,
                            text(i.path("IamInstanceProfile"), "Arn")));
                }
            }
        }
    }
}
