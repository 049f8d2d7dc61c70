package io.ecstriage.engine;

import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.ContainerSettings;
import io.ecstriage.model.EcsContainer;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.ImageRef;
import io.ecstriage.model.Listener;
import io.ecstriage.model.LoadBalancer;
import io.ecstriage.model.LogEvent;
import io.ecstriage.model.Memo;
import io.ecstriage.model.NatGateway;
import io.ecstriage.model.PortMapping;
import io.ecstriage.model.Route;
import io.ecstriage.model.RouteTable;
import io.ecstriage.model.SecurityGroup;
import io.ecstriage.model.ServiceLoadBalancer;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.Subnet;
import io.ecstriage.model.TargetGroup;
import io.ecstriage.model.TargetPortCheck;
import io.ecstriage.model.TaskEgress;
import io.ecstriage.model.VpcAttribute;
import io.ecstriage.model.VpcEndpoint;
import io.ecstriage.model.VpcEndpointListing;
import io.ecstriage.model.VpcEndpointRoutes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives the network facts of tasks: their egress ({@link TaskEgress}) and their load balancer ports ({@link TargetPortCheck}). */
final class NetworkPaths {
    /** "Uvicorn running on http://0.0.0.0:8000", "Tomcat started on port(s): 8080", "Server listening on port 3000". */
    private static final Pattern LISTEN = Pattern.compile(
            "(?i)\\b(?:listening|running|started|serving|bound|binding|bind|available)\\b.{0,60}?"
                    + "(?:\\bport(?:\\(s\\))?[:= ]+|(?:\\d{1,3}\\.){3}\\d{1,3}:|localhost:|\\[::\\]:|\\*:|://[^/\\s:]+:)(\\d{2,5})\\b");

    /** Words LISTEN cannot match without (its keyword alternatives, in lower case): most log lines have none ({@link LogWords}). */
    static final List<String> LISTEN_WORDS = List.of("listening", "running", "started", "serving", "bound", "bind", "available");
    /** A message's first LISTEN port (-1: none): every task of a service logs the same start-up line, read once. */
    private static final Memo<String, Integer> LISTEN_PORT = Memo.byValue(1024, NetworkPaths::listenPort);

    private final Snapshot snapshot;
    // every lookup below is by id through maps built once: a large account has thousands of tasks and subnets
    private final Map<String, EcsService> services = new HashMap<>();
    private final Map<String, Subnet> subnets = new HashMap<>();
    private final Map<String, List<String>> subnetIdsByVpc = new HashMap<>();
    private final Map<String, RouteTable> tableOfSubnet = new HashMap<>();
    private final Map<String, RouteTable> mainTableOfVpc = new HashMap<>();
    private final Map<String, NatGateway> nats = new HashMap<>();
    private final Map<String, NatGateway> usableNatOfVpc = new HashMap<>();
    private final Map<String, SecurityGroup> groupsById = new HashMap<>();
    private final Map<String, TargetGroup> targetGroups = new HashMap<>();
    private final Map<String, LoadBalancer> loadBalancers = new HashMap<>();
    private final Map<String, List<VpcEndpoint>> endpointsOfVpc = new HashMap<>();
    private final Map<String, Set<String>> tablesOfEndpoint = new HashMap<>();
    private final Map<String, Boolean> vpcAttributes = new HashMap<>();
    private final Map<String, List<ContainerDefinition>> definitions = new HashMap<>();
    /** By VPC: its public subnet, or null; asked once per task, so a VPC without one is kept too. */
    private final Map<String, String> publicSubnets = new HashMap<>();
    /** By region and VPC: whether a VPC endpoint listing covers it; asked once per task. */
    private final Map<String, Boolean> endpointsListed = new HashMap<>();
    private final Map<String, Needs> definitionNeeds = new HashMap<>();

    NetworkPaths(Snapshot snapshot) {
        this.snapshot = snapshot;
        for (EcsService s : snapshot.all(EcsService.class)) services.putIfAbsent(s.serviceKey(), s);
        for (Subnet s : snapshot.all(Subnet.class)) {
            if (subnets.putIfAbsent(s.subnetId(), s) == null && s.vpcId() != null) {
                subnetIdsByVpc.computeIfAbsent(s.vpcId(), k -> new ArrayList<>()).add(s.subnetId());
            }
        }
        subnetIdsByVpc.values().forEach(ids -> ids.sort(null));
        for (RouteTable t : snapshot.all(RouteTable.class)) {
            for (String id : t.subnetIds()) tableOfSubnet.putIfAbsent(id, t);
            if (t.main() && t.vpcId() != null) mainTableOfVpc.putIfAbsent(t.vpcId(), t);
        }
        for (NatGateway n : snapshot.all(NatGateway.class)) {
            nats.putIfAbsent(n.natGatewayId(), n);
            if (n.vpcId() != null && n.available() && !"private".equalsIgnoreCase(n.connectivityType())) {
                usableNatOfVpc.merge(n.vpcId(), n, (a, b) -> a.natGatewayId().compareTo(b.natGatewayId()) <= 0 ? a : b);
            }
        }
        for (SecurityGroup g : snapshot.all(SecurityGroup.class)) groupsById.putIfAbsent(g.groupId(), g);
        for (TargetGroup g : snapshot.all(TargetGroup.class)) targetGroups.putIfAbsent(g.arn(), g);
        for (LoadBalancer l : snapshot.all(LoadBalancer.class)) loadBalancers.putIfAbsent(l.arn(), l);
        for (VpcEndpoint e : snapshot.all(VpcEndpoint.class)) {
            if (e.vpcId() != null && (e.state() == null || e.state().equalsIgnoreCase("available"))) {
                endpointsOfVpc.computeIfAbsent(e.vpcId(), k -> new ArrayList<>()).add(e);
            }
        }
        for (VpcEndpointRoutes r : snapshot.all(VpcEndpointRoutes.class)) {
            tablesOfEndpoint.computeIfAbsent(r.vpcEndpointId(), k -> new HashSet<>()).addAll(r.routeTableIds());
        }
        for (VpcAttribute a : snapshot.all(VpcAttribute.class)) vpcAttributes.putIfAbsent(a.vpcId() + " " + a.attribute(), a.value());
        for (ContainerDefinition c : snapshot.all(ContainerDefinition.class)) {
            definitions.computeIfAbsent(c.taskDefinitionArn(), k -> new ArrayList<>()).add(c);
        }
    }

    List<Object> all() {
        List<Object> out = new ArrayList<>(egress());
        out.addAll(targetPorts());
        return out;
    }

    // --- egress ---

    List<TaskEgress> egress() {
        List<TaskEgress> out = new ArrayList<>();
        for (EcsService s : snapshot.all(EcsService.class)) {
            for (String subnet : s.subnets()) out.add(egress(s, null, subnet));
        }
        for (EcsTask t : snapshot.all(EcsTask.class)) {
            if (t.subnetId() == null) continue;
            out.add(egress(t.serviceKey() == null ? null : services.get(t.serviceKey()), t, t.subnetId()));
        }
        return out;
    }

    private TaskEgress egress(EcsService service, EcsTask task, String subnetId) {
        String region = task != null ? task.region() : service.region();
        Subnet subnet = subnets.get(subnetId);
        RouteTable table = tableOfSubnet.get(subnetId);
        String vpcId = subnet != null ? subnet.vpcId() : table != null ? table.vpcId() : null;
        if (table == null && vpcId != null) table = mainTableOfVpc.get(vpcId);
        String target = null;
        String egress = TaskEgress.UNKNOWN;
        if (table != null) {
            Route route = first(table.routes(), Route::defaultRoute);
            String assign = service == null ? null : service.assignPublicIp();
            if (route == null) {
                egress = TaskEgress.NONE;
            } else {
                target = firstNonNull(route.gatewayId(), route.natGatewayId(), route.transitGatewayId(), route.vpcEndpointId());
                if ("blackhole".equalsIgnoreCase(route.state())) egress = TaskEgress.DEAD_ROUTE;
                else if (route.toInternetGateway()) {
                    egress = "ENABLED".equalsIgnoreCase(assign) ? TaskEgress.IGW_PUBLIC_IP
                            : "DISABLED".equalsIgnoreCase(assign) ? TaskEgress.IGW_NO_PUBLIC_IP : TaskEgress.IGW_UNKNOWN_IP;
                } else if (route.natGatewayId() != null) {
                    NatGateway nat = nats.get(route.natGatewayId());
                    egress = nat != null && !nat.available() ? TaskEgress.DEAD_ROUTE : TaskEgress.NAT;
                } else {
                    egress = TaskEgress.OTHER;
                }
            }
        }

        String taskDef = task != null ? task.taskDefinitionArn() : service.taskDefinitionArn();
        // a task's needs are its definition's, unless the definition names no image (then its containers' images count)
        Needs needs = definitionNeeds.computeIfAbsent(taskDef, d -> needs(d, null));
        if (task != null && !needs.imagesOfDefinition()) needs = needs(taskDef, task);
        boolean endpointsKnown = vpcId != null && endpointsListed(region, vpcId);
        List<VpcEndpoint> endpoints = vpcId == null ? List.of() : endpointsOfVpc.getOrDefault(vpcId, List.of());
        String tableId = table == null ? null : table.routeTableId();
        List<String> present = new ArrayList<>();
        List<String> withoutDns = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        Set<String> blockingGroups = new LinkedHashSet<>();
        List<String> taskGroups = service != null ? service.securityGroups() : List.of();
        List<String> sources = new ArrayList<>();
        if (subnet != null && subnet.cidrBlock() != null) sources.add(subnet.cidrBlock());
        if (task != null && task.privateIp() != null) sources.add(task.privateIp());
        for (VpcEndpoint e : endpoints) {
            String name = shortName(e.serviceName(), region);
            if (name == null) continue;
            boolean gateway = "Gateway".equalsIgnoreCase(e.type());
            if (gateway) {
                boolean associated = tableId != null && tablesOfEndpoint.getOrDefault(e.vpcEndpointId(), Set.of()).contains(tableId);
                if (associated && !present.contains(name)) present.add(name);
                continue;
            }
            if (!present.contains(name)) present.add(name);
            if (!needs.endpoints.contains(name)) continue;
            if (Boolean.FALSE.equals(e.privateDnsEnabled())) {
                withoutDns.add(e.vpcEndpointId() + " (" + name + ")");
                continue;
            }
            List<SecurityGroup> groups = e.securityGroupIds().stream()
                    .map(groupsById::get).toList();
            boolean allKnown = !groups.isEmpty() && groups.stream().allMatch(Objects::nonNull);
            if (allKnown && (!taskGroups.isEmpty() || !sources.isEmpty())
                    && groups.stream().noneMatch(g -> g.ingressAllowing(443, taskGroups, sources).isPresent())) {
                blocked.add(e.vpcEndpointId() + " (" + name + ")");
                blockingGroups.addAll(e.securityGroupIds());
            }
        }
        List<String> missing = needs.endpoints.stream().filter(n -> !present.contains(n)).toList();
        Boolean dnsSupport = vpcAttribute(vpcId, VpcAttribute.DNS_SUPPORT);
        Boolean dnsHostnames = vpcAttribute(vpcId, VpcAttribute.DNS_HOSTNAMES);
        NatGateway nat = vpcId == null ? null : usableNatOfVpc.get(vpcId);
        return new TaskEgress(region, service != null ? service.serviceName() : task.serviceName(),
                service != null ? service.clusterName() : task.clusterArn() == null ? null : io.ecstriage.model.Arns.lastSegment(task.clusterArn()),
                task == null ? null : task.taskArn(), task == null ? null : task.taskId(), subnetId, vpcId,
                subnet != null ? subnet.availabilityZone() : task != null ? task.availabilityZone() : null,
                subnet == null ? null : subnet.cidrBlock(), service == null ? null : service.assignPublicIp(), taskGroups,
                service != null ? service.subnets() : List.of(subnetId), tableId, target, egress, endpointsKnown,
                needs.endpoints, present, missing, blocked, List.copyOf(blockingGroups), withoutDns, dnsSupport, dnsHostnames,
                needs.ecrImage, nat == null ? null : nat.natGatewayId(), publicSubnet(vpcId),
                service != null ? service.serviceKey() : task.serviceKey());
    }

    private record Needs(List<String> endpoints, boolean ecrImage, boolean imagesOfDefinition) {}

    /** The endpoints a task needs without internet: ECR (api, dkr and the s3 layer store), logs, secrets. */
    private Needs needs(String taskDefinitionArn, EcsTask task) {
        List<ContainerDefinition> defs = definitions.getOrDefault(taskDefinitionArn, List.of());
        List<String> images = new ArrayList<>(defs.stream().map(ContainerDefinition::image).filter(Objects::nonNull).toList());
        boolean imagesOfDefinition = !images.isEmpty();
        if (images.isEmpty() && task != null) task.containers().stream().map(EcsContainer::image).filter(Objects::nonNull).forEach(images::add);
        boolean ecr = images.isEmpty() || images.stream().anyMatch(i -> ImageRef.parse(i).isEcr());
        List<String> out = new ArrayList<>();
        if (ecr) out.addAll(List.of("ecr.api", "ecr.dkr", "s3"));
        // Docker Hub, Quay, GHCR: no endpoint serves them, only a route out does
        if (images.stream().anyMatch(i -> !ImageRef.parse(i).isEcr())) out.add(TaskEgress.INTERNET);
        if (defs.stream().anyMatch(c -> c.awslogsGroup() != null)) out.add("logs");
        for (ContainerDefinition c : defs) {
            for (String from : c.secrets().values()) {
                String svc = from.contains(":secretsmanager:") ? "secretsmanager" : "ssm";
                if (!out.contains(svc)) out.add(svc);
            }
        }
        return new Needs(out, ecr, imagesOfDefinition);
    }

    /** "com.amazonaws.eu-west-1.ecr.dkr" → "ecr.dkr"; endpoints of other regions or partners → null. */
    static String shortName(String serviceName, String region) {
        if (serviceName == null) return null;
        String prefix = "com.amazonaws." + region + ".";
        return serviceName.startsWith(prefix) ? serviceName.substring(prefix.length()) : null;
    }

    private Boolean vpcAttribute(String vpcId, String name) {
        return vpcId == null ? null : vpcAttributes.get(vpcId + " " + name);
    }

    /** A subnet of the VPC whose route table sends 0.0.0.0/0 to an internet gateway (where a NAT gateway could go). */
    private String publicSubnet(String vpcId) {
        if (vpcId == null) return null;
        if (publicSubnets.containsKey(vpcId)) return publicSubnets.get(vpcId);
        String found = null;
        RouteTable main = mainTableOfVpc.get(vpcId);
        for (String id : subnetIdsByVpc.getOrDefault(vpcId, List.of())) {
            RouteTable t = tableOfSubnet.getOrDefault(id, main);
            if (t != null && t.routes().stream().anyMatch(r -> r.defaultRoute() && r.toInternetGateway())) {
                found = id;
                break;
            }
        }
        publicSubnets.put(vpcId, found);
        return found;
    }

    private boolean endpointsListed(String region, String vpcId) {
        String key = region + " " + vpcId;
        Boolean known = endpointsListed.get(key);
        if (known == null) {
            known = false;
            for (VpcEndpointListing l : snapshot.all(VpcEndpointListing.class)) {
                if (l.covers(region, vpcId)) {
                    known = true;
                    break;
                }
            }
            endpointsListed.put(key, known);
        }
        return known;
    }

    // --- load balancer ports ---

    List<TargetPortCheck> targetPorts() {
        Map<String, List<ContainerSettings>> settingsOf = new HashMap<>();
        for (ContainerSettings c : snapshot.all(ContainerSettings.class)) {
            settingsOf.computeIfAbsent(c.taskDefinitionArn() + " " + c.name(), k -> new ArrayList<>()).add(c);
        }
        Logs logs = new Logs();
        List<TargetPortCheck> out = new ArrayList<>();
        for (ServiceLoadBalancer slb : snapshot.all(ServiceLoadBalancer.class)) {
            TargetGroup tg = slb.targetGroupArn() == null ? null : targetGroups.get(slb.targetGroupArn());
            EcsService service = slb.serviceKey() == null ? null : services.get(slb.serviceKey());
            if (tg == null || service == null) continue;
            int traffic = slb.containerPort() != null ? slb.containerPort() : tg.port() != null ? tg.port() : 80;
            int hcPort = tg.healthCheckPortFor(traffic);
            boolean fixed = tg.healthCheckPort() != null && !"traffic-port".equals(tg.healthCheckPort());
            List<ContainerSettings> settings = settingsOf.getOrDefault(service.taskDefinitionArn() + " " + slb.containerName(), List.of());
            List<Integer> mapped = new ArrayList<>();
            for (ContainerSettings c : settings) {
                for (PortMapping p : c.portMappings()) if (p.containerPort() != null) mapped.add(p.containerPort());
            }
            List<Integer> appPorts = new ArrayList<>();
            String line = null;
            for (int position : logs.of(service)) {
                LogEvent e = logs.index.event(position);
                if ((logs.index.said(position) & LogWords.LISTEN) == 0) continue;
                int p = LISTEN_PORT.get(e.message());
                if (p >= 80 && p <= 65535 && !appPorts.contains(p)) {
                    appPorts.add(p);
                    if (line == null) line = e.message().strip();
                }
            }
            out.add(new TargetPortCheck(service.region(), service.serviceName(), service.clusterName(), tg.arn(), tg.name(),
                    slb.containerName(), slb.containerPort(), tg.port(), hcPort, fixed, service.taskDefinitionArn(),
                    io.ecstriage.model.Arns.taskDefinitionRef(service.taskDefinitionArn()), !settings.isEmpty(), mapped, appPorts, line,
                    trafficAdmittedBy(service, tg, traffic), service.serviceKey()));
        }
        return out;
    }

    private static int listenPort(String message) {
        Matcher m = LISTEN.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Log lines of each service's tasks (awslogs streams end with the task id), as positions in input order. */
    private final class Logs {
        private final LogIndex index = LogIndex.of(snapshot);
        private final Map<String, Set<String>> tasksOfService = new HashMap<>();

        Logs() {
            for (EcsTask t : snapshot.all(EcsTask.class)) {
                if (t.serviceKey() != null) tasksOfService.computeIfAbsent(t.serviceKey(), k -> new LinkedHashSet<>()).add(t.taskId());
            }
        }

        int[] of(EcsService service) {
            Positions all = new Positions();
            for (String id : tasksOfService.getOrDefault(service.serviceKey(), Set.of())) {
                Positions own = index.ofTask(id);
                for (int i = 0; i < own.size(); i++) all.add(own.get(i));
            }
            int[] positions = all.toArray();
            java.util.Arrays.sort(positions);
            return positions;
        }
    }

    private String trafficAdmittedBy(EcsService service, TargetGroup tg, int port) {
        LoadBalancer lb = null;
        for (String arn : tg.loadBalancerArns()) lb = lb != null ? lb : loadBalancers.get(arn);
        if (lb == null) {
            for (Listener l : snapshot.all(Listener.class)) {
                if (lb == null && l.loadBalancerArn() != null && l.targetGroupArns().contains(tg.arn())) lb = loadBalancers.get(l.loadBalancerArn());
            }
        }
        if (lb == null) return null;
        List<String> cidrs = new ArrayList<>();
        for (String id : lb.subnetIds()) {
            Subnet s = subnets.get(id);
            if (s != null && s.cidrBlock() != null) cidrs.add(s.cidrBlock());
        }
        for (String id : service.securityGroups()) {
            SecurityGroup sg = groupsById.get(id);
            if (sg == null) continue;
            var rule = sg.ingressAllowing(port, lb.securityGroups(), cidrs);
            if (rule.isPresent()) return sg.groupId() + ": " + rule.get().describe();
        }
        return null;
    }

    private static <T> T first(List<T> items, java.util.function.Predicate<T> p) {
        for (T t : items) if (p.test(t)) return t;
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }

}
