package io.ecstriage.engine;

import io.ecstriage.model.AlbSubnetChoice;
import io.ecstriage.model.Cidr;
import io.ecstriage.model.FailedCommand;
import io.ecstriage.model.RouteTable;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.Subnet;
import io.ecstriage.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The subnets a failed load balancer creation was given, with what a fix needs: a free CIDR and zone. */
final class AlbSubnetChoices {
    private final Snapshot snapshot;

    AlbSubnetChoices(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    List<AlbSubnetChoice> all() {
        List<AlbSubnetChoice> out = new ArrayList<>();
        for (FailedCommand c : snapshot.all(FailedCommand.class)) {
            if ("elbv2".equals(c.service()) && "create-load-balancer".equals(c.operation())) {
                out.add(choice(c.region(), "command", c.command(), c.option("--subnets")));
            }
        }
        for (StackEvent e : snapshot.all(StackEvent.class)) {
            if (e.failed() && "AWS::ElasticLoadBalancingV2::LoadBalancer".equals(e.resourceType())) {
                List<String> subnets = new ArrayList<>(e.stringList("Subnets"));
                for (Object m : (List<?>) e.properties().getOrDefault("SubnetMappings", List.of())) {
                    if (m instanceof Map<?, ?> map && map.get("SubnetId") != null) subnets.add(String.valueOf(map.get("SubnetId")));
                }
                out.add(choice(e.region(), "stack-event", e.stackName() + "/" + e.logicalId(), subnets));
            }
        }
        return out;
    }

    private AlbSubnetChoice choice(String region, String source, String ref, List<String> subnetIds) {
        Map<String, Subnet> known = snapshot.all(Subnet.class).stream()
                .collect(Collectors.toMap(Subnet::subnetId, Function.identity(), (a, b) -> a));
        List<String> zones = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String shared = null;
        String vpcId = null;
        String sibling = null;
        for (String id : subnetIds) {
            Subnet s = known.get(id);
            if (s == null) continue;
            // a subnet read without its zone says nothing about zones (found by FixtureFuzzTest)
            if (s.availabilityZone() != null) {
                zones.add(s.availabilityZone());
                if (!seen.add(s.availabilityZone()) && shared == null) shared = s.availabilityZone();
            }
            if (vpcId == null) vpcId = s.vpcId();
            if (sibling == null) sibling = s.cidrBlock();
        }
        boolean allKnown = !subnetIds.isEmpty() && subnetIds.stream().allMatch(id -> known.containsKey(id) && known.get(id).availabilityZone() != null);
        String free = vpcId == null || sibling == null ? null : freeCidr(vpcId, Cidr.prefixLength(sibling));
        String zone = unusedZone(region, vpcId, seen);
        return new AlbSubnetChoice(region, source, ref, subnetIds, zones, shared, seen.size(), vpcId, sibling, free, zone,
                routeTableOf(subnetIds.isEmpty() ? null : subnetIds.get(0), vpcId), allKnown);
    }

    private String freeCidr(String vpcId, int prefix) {
        String vpcCidr = snapshot.all(Vpc.class).stream().filter(v -> vpcId.equals(v.vpcId())).map(Vpc::cidrBlock)
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (vpcCidr == null || prefix <= 0) return null;
        List<String> used = snapshot.all(Subnet.class).stream().filter(s -> vpcId.equals(s.vpcId())).map(Subnet::cidrBlock)
                .filter(Objects::nonNull).toList();
        long blocks = Math.min(Cidr.blockCount(vpcCidr, prefix), 4096);
        for (long i = 0; i < blocks; i++) {
            String candidate = Cidr.block(vpcCidr, prefix, i);
            if (used.stream().noneMatch(u -> Cidr.overlaps(u, candidate))) return candidate;
        }
        return null;
    }

    private String unusedZone(String region, String vpcId, Set<String> usedByLb) {
        Set<String> taken = new LinkedHashSet<>(usedByLb);
        for (String z : AvailabilityZones.of(region)) if (!taken.contains(z)) return z;
        return null;
    }

    private String routeTableOf(String subnetId, String vpcId) {
        List<RouteTable> tables = snapshot.all(RouteTable.class);
        for (RouteTable t : tables) if (subnetId != null && t.subnetIds().contains(subnetId)) return t.routeTableId();
        for (RouteTable t : tables) if (t.main() && (vpcId == null || vpcId.equals(t.vpcId()))) return t.routeTableId();
        return null;
    }
}
