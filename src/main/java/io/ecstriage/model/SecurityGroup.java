package io.ecstriage.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A security group from `aws ec2 describe-security-groups`. */
public record SecurityGroup(String region, String groupId, String groupName, String vpcId,
                            List<SecurityGroupRule> ingress, List<SecurityGroupRule> egress) implements Regional {

    public SecurityGroup {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
    }

    /** The ingress rule admitting TCP `port` from one of the groups or from a CIDR containing one of the sources. */
    public Optional<SecurityGroupRule> ingressAllowing(int port, Collection<String> sourceGroups,
                                                        Collection<String> sourceCidrs) {
        for (SecurityGroupRule r : ingress) {
            if (!r.coversTcp(port)) continue;
            if (r.sourceGroupIds().stream().anyMatch(sourceGroups::contains)) return Optional.of(r);
            for (String cidr : r.cidrs()) {
                if (sourceCidrs.stream().anyMatch(src -> Cidr.contains(cidr, src))) return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The ingress rule admitting every TCP port from `from` to `to` (a dynamic host-port range) from the sources. */
    public Optional<SecurityGroupRule> ingressAllowingRange(int from, int to, Collection<String> sourceGroups,
                                                             Collection<String> sourceCidrs) {
        // a rule's ports are contiguous: covering both ends covers the range
        for (SecurityGroupRule r : ingress) {
            if (!r.coversTcp(from) || !r.coversTcp(to)) continue;
            if (r.sourceGroupIds().stream().anyMatch(sourceGroups::contains)) return Optional.of(r);
            for (String cidr : r.cidrs()) {
                if (sourceCidrs.stream().anyMatch(src -> Cidr.contains(cidr, src))) return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** True when some ingress rule on the port uses a prefix list, which we cannot resolve offline. */
    public boolean prefixListOn(int port) {
        return ingress.stream().anyMatch(r -> r.coversTcp(port) && !r.prefixListIds().isEmpty());
    }

    public String label() {
        return groupName != null ? groupId + " (" + groupName + ")" : groupId;
    }

    /** True when some ingress rule admits TCP `port` from any source at all. */
    public boolean ingressOn(int port) {
        return ingress.stream().anyMatch(r -> r.coversTcp(port)
                && (!r.cidrs().isEmpty() || !r.sourceGroupIds().isEmpty() || !r.prefixListIds().isEmpty()));
    }

    /** True when some ingress rule admits TCP `port` from 0.0.0.0/0. */
    public boolean openToWorld(int port) {
        return ingress.stream().anyMatch(r -> r.coversTcp(port) && r.cidrs().contains("0.0.0.0/0"));
    }
}
