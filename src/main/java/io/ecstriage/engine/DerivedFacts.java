package io.ecstriage.engine;

import io.ecstriage.model.EcsService;
import io.ecstriage.model.Listener;
import io.ecstriage.model.LoadBalancer;
import io.ecstriage.model.SecurityGroup;
import io.ecstriage.model.SecurityGroupRule;
import io.ecstriage.model.ServiceLoadBalancer;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.SnapshotRegion;
import io.ecstriage.model.Subnet;
import io.ecstriage.model.TargetGroup;
import io.ecstriage.model.TrafficPath;
import io.ecstriage.concurrent.InOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Facts computed from several captures at once, so the rules stay declarative. {@link #DERIVATIONS} is the one list
 * of them: a new kind of derived fact is a class in this package and one line there.
 */
final class DerivedFacts {
    /** One kind of derived fact, computed from the whole snapshot before the rules run. */
    @FunctionalInterface
    interface Derivation {
        List<?> derive(Snapshot snapshot);
    }

    static final List<Derivation> DERIVATIONS = List.of(
            s -> new DerivedFacts(s).trafficPaths(),
            s -> new StartupTimes(s).all(),
            s -> new AlbSubnetChoices(s).all(),
            s -> new TaskFailureFacts(s).all(),
            s -> new NetworkPaths(s).egress(),
            s -> new NetworkPaths(s).targetPorts(),
            s -> new RolePolicies(s).all(),
            s -> new RoleAccessChecks(s).all(),
            s -> new StackFailures(s).all(),
            s -> new RevisionChanges(s).all(),
            s -> new StackChanges(s).all(),
            s -> s.region() != null ? List.of(new SnapshotRegion(s.region())) : List.of());

    private final Snapshot snapshot;

    private DerivedFacts(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Every derived fact of `snapshot`, in the order of {@link #DERIVATIONS}; a large snapshot's derivations run on every core. */
    static List<Object> of(Snapshot snapshot) {
        return of(snapshot, InOrder.threadsFor(snapshot.facts().size()));
    }

    /** As {@link #of(Snapshot)}, on up to `threads` threads: the result does not depend on how many. */
    static List<Object> of(Snapshot snapshot, int threads) {
        List<Callable<List<?>>> jobs = new ArrayList<>();
        for (Derivation d : DERIVATIONS) jobs.add(() -> d.derive(snapshot));
        List<Object> out = new ArrayList<>();
        for (List<?> facts : InOrder.run(jobs, threads)) out.addAll(facts);
        return out;
    }

    private List<TrafficPath> trafficPaths() {
        Map<String, TargetGroup> groups = byKey(snapshot.all(TargetGroup.class), TargetGroup::arn);
        Map<String, LoadBalancer> lbs = byKey(snapshot.all(LoadBalancer.class), LoadBalancer::arn);
        Map<String, SecurityGroup> sgs = byKey(snapshot.all(SecurityGroup.class), SecurityGroup::groupId);
        Map<String, Subnet> subnets = byKey(snapshot.all(Subnet.class), Subnet::subnetId);
        Map<String, EcsService> services = byKey(snapshot.all(EcsService.class), EcsService::serviceKey);
        Map<String, LoadBalancer> lbOfGroup = new java.util.HashMap<>();
        for (Listener l : snapshot.all(Listener.class)) {
            LoadBalancer lb = l.loadBalancerArn() == null ? null : lbs.get(l.loadBalancerArn());
            if (lb != null) for (String arn : l.targetGroupArns()) lbOfGroup.putIfAbsent(arn, lb);
        }
        InstanceTargets instances = new InstanceTargets(snapshot);
        List<TrafficPath> out = new ArrayList<>();
        for (ServiceLoadBalancer slb : snapshot.all(ServiceLoadBalancer.class)) {
            TargetGroup tg = slb.targetGroupArn() == null ? null : groups.get(slb.targetGroupArn());
            EcsService service = slb.serviceKey() == null ? null : services.get(slb.serviceKey());
            if (tg == null || service == null) continue;
            LoadBalancer lb = loadBalancerOf(tg, lbs, lbOfGroup);
            if (lb == null) continue;
            int traffic = slb.containerPort() != null ? slb.containerPort() : tg.port() != null ? tg.port() : 80;
            int hcPort = tg.healthCheckPortFor(traffic);
            int hcPortTo = hcPort;
            List<String> cidrs = lb.subnetIds().stream().map(subnets::get).filter(s -> s != null && s.cidrBlock() != null)
                    .map(Subnet::cidrBlock).toList();
            List<String> taskGroups = service.securityGroups();
            boolean allKnown = !taskGroups.isEmpty() && taskGroups.stream().allMatch(sgs::containsKey);
            InstanceTargets.Hosts hosts = instances.hostsOf(service);
            if (hosts != null) {
                taskGroups = hosts.securityGroups();
                allKnown = hosts.complete() && !taskGroups.isEmpty() && taskGroups.stream().allMatch(sgs::containsKey);
                boolean fixed = tg.healthCheckPort() != null && !"traffic-port".equals(tg.healthCheckPort());
                if (!fixed) {
                    int[] range = instances.hostPorts(service, slb.containerName(), traffic);
                    hcPort = range[0];
                    hcPortTo = range[1];
                }
            }
            String admittedBy = null;
            boolean prefixList = false;
            for (String id : taskGroups) {
                SecurityGroup sg = sgs.get(id);
                if (sg == null) continue;
                Optional<SecurityGroupRule> rule = sg.ingressAllowingRange(hcPort, hcPortTo, lb.securityGroups(), cidrs);
                if (rule.isPresent()) {
                    admittedBy = sg.groupId() + ": " + rule.get().describe();
                    break;
                }
                prefixList |= sg.prefixListOn(hcPort) || sg.prefixListOn(hcPortTo);
            }
            out.add(new TrafficPath(service.region(), service.serviceName(), service.clusterName(), tg.arn(), tg.name(), lb.arn(),
                    slb.containerName(), traffic, hcPort, lb.securityGroups(), taskGroups, cidrs,
                    allKnown, admittedBy, prefixList, service.serviceKey(), hcPortTo, hosts == null ? List.of() : hosts.instanceIds()));
        }
        return out;
    }

    /** The target group's own load balancer, else the first whose listener forwards to it. */
    private static LoadBalancer loadBalancerOf(TargetGroup tg, Map<String, LoadBalancer> lbs, Map<String, LoadBalancer> lbOfGroup) {
        for (String arn : tg.loadBalancerArns()) if (lbs.containsKey(arn)) return lbs.get(arn);
        return lbOfGroup.get(tg.arn());
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().filter(i -> key.apply(i) != null)
                .collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }
}
