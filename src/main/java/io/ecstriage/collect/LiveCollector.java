package io.ecstriage.collect;

import io.ecstriage.aws.AwsClients;
import io.ecstriage.ingest.Capture;
import io.ecstriage.ingest.ParsedInput;
import io.ecstriage.model.Arns;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.DesiredStatus;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/**
 * The fan-out: discovers what a stack or cluster consists of and reads it in a few rounds of parallel calls,
 * each round needing only what earlier rounds returned (services → tasks, task definitions, target groups →
 * load balancers, security groups → VPCs → network). Every call is recorded as the aws CLI would print it.
 */
public final class LiveCollector {
    static final int MAX_NESTED_DEPTH = 5;
    /** Log tails are read for the most recent stopped tasks only. */
    static final int MAX_LOG_TAILS = 5;
    /** Tasks named in the most recent service events are described too: they may have left the STOPPED list. */
    static final int EVENTS_SCANNED = 20;
    private static final Pattern REVISION = Pattern.compile("(.*:)(\\d+)");
    private static final Pattern EVENT_TASK = Pattern.compile("\\(task ([0-9a-f]{32})\\)");

    private final AwsClients aws;
    private final Recorder rec;
    private final Fanout fanout;
    private final Clock clock;
    private final CloudFormationCollector cfn;
    private final EcsCollector ecs;
    private final ElbCollector elb;
    private final Ec2Collector ec2;
    private final LogsCollector logs;
    private final EcrCollector ecr;
    private final AmplifyCollector amplify;
    private final IamCollector iam;

    public LiveCollector(AwsClients aws, Recorder rec, Fanout fanout, Clock clock) {
        this.aws = aws;
        this.rec = rec;
        this.fanout = fanout;
        this.clock = clock;
        this.cfn = new CloudFormationCollector(aws, rec);
        this.ecs = new EcsCollector(aws, rec);
        this.elb = new ElbCollector(aws, rec);
        this.ec2 = new Ec2Collector(aws, rec);
        this.logs = new LogsCollector(aws, rec);
        this.ecr = new EcrCollector(aws, rec);
        this.amplify = new AmplifyCollector(aws, rec);
        this.iam = new IamCollector(aws, rec);
    }

    /** What one collection read: the captures and when it started. */
    public record Result(String region, String description, Instant capturedAt, List<Capture> captures, List<String> notes) {

        public Result {
            notes = List.copyOf(notes);
        }

        /** This collection with more captures (a settling round's), in the collection's order. */
        public Result with(List<Capture> more) {
            List<Capture> all = new ArrayList<>(captures);
            all.addAll(more);
            return new Result(region, description, capturedAt, Recorder.sorted(all), notes);
        }

        /** The captures as a diagnosis reads them, named as a fixture of the same collection would name them. */
        public ParsedInput parsed(String name) {
            List<Capture> named = new ArrayList<>();
            for (Capture c : captures) named.add(c.withSource(name + " capture " + (named.size() + 1)));
            return new ParsedInput(name, "fixture", description, region, capturedAt, named);
        }
    }

    /** What the rounds found, shared by the parallel calls of a round. */
    private static final class Found {
        final Set<String> clusters = ConcurrentHashMap.newKeySet();
        /** cluster → services to read; a cluster mapped to an empty set means all of its services. */
        final Map<String, Set<String>> services = new ConcurrentHashMap<>();
        final Set<String> clustersWithAllServices = ConcurrentHashMap.newKeySet();
        final List<Service> describedServices = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, Set<String>> taskIds = new ConcurrentHashMap<>();
        final List<Task> tasks = java.util.Collections.synchronizedList(new ArrayList<>());
        final Set<String> taskDefinitions = ConcurrentHashMap.newKeySet();
        final Map<String, TaskDefinition> describedTaskDefinitions = new ConcurrentHashMap<>();
        final Set<String> targetGroups = ConcurrentHashMap.newKeySet();
        final Map<String, TargetGroup> describedTargetGroups = new ConcurrentHashMap<>();
        final Set<String> loadBalancers = ConcurrentHashMap.newKeySet();
        final Map<String, LoadBalancer> describedLoadBalancers = new ConcurrentHashMap<>();
        final Set<String> securityGroups = ConcurrentHashMap.newKeySet();
        final Set<String> describedSecurityGroups = ConcurrentHashMap.newKeySet();
        final Set<String> vpcs = ConcurrentHashMap.newKeySet();
        final Set<String> logGroups = ConcurrentHashMap.newKeySet(); // "region|name"
        final Set<String> existingLogGroups = ConcurrentHashMap.newKeySet();
        final List<String> missingClusters = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> missingServices = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, List<EcrImage>> imagesByRegion = new LinkedHashMap<>();
        final Map<String, Set<String>> reposByRegion = new ConcurrentHashMap<>();
    }

    /** One round of the fan-out: the reads it plans from what earlier rounds found, run in parallel. */
    private record Round(String reads, BiFunction<String, Found, List<Runnable>> plan) {}

    /** The rounds after discovery, in order; each needs only what the rounds before it yielded. */
    private final List<Round> rounds = List.of(
            new Round("tasks, task definitions, target groups and security groups of the services", this::servicesPointAt),
            new Round("what the tasks, task definitions and target groups point at", this::tasksPointAt),
            new Round("task definitions of stopped tasks, only known now; they are few", this::taskDefinitions),
            new Round("log groups, images, listeners, the load balancers' security groups", this::logsImagesListeners),
            new Round("the network of the VPCs, log tails of stopped tasks, the images themselves", this::networkTailsImages));

    public Result collect(Target target) {
        Instant capturedAt = clock.instant();
        String region = aws.region();
        Found f = new Found();
        fanout.all(discover(region, target, f));
        if (target.stack() == null && f.missingClusters.contains(target.cluster())) {
            throw new TargetNotFoundException("cluster " + target.cluster() + " not found in " + region + "; "
                    + existing("clusters in " + region, ecs.listClusters(region)), false);
        }
        if (target.stack() == null && !f.missingServices.isEmpty()) {
            List<String> missing = f.missingServices.stream().sorted().toList();
            throw new TargetNotFoundException((missing.size() == 1 ? "service " + missing.get(0) : "services " + String.join(", ", missing))
                    + " not found in cluster " + target.cluster() + " (" + region + "); "
                    + existing("services in " + target.cluster(), ecs.listServices(region, target.cluster())), false);
        }
        for (Round round : rounds) fanout.all(round.plan().apply(region, f));
        List<String> notes = new ArrayList<>();
        if (target.stack() != null && f.clusters.isEmpty() && f.taskDefinitions.isEmpty()) {
            notes.add("stack " + target.stack() + " holds no ECS cluster, service or task definition: only its CloudFormation state was diagnosed");
        }
        return new Result(region, "Live collection of " + target.describe(region) + " by ecs-triage.", capturedAt, rec.captures(), notes);
    }

    /** "services in C: a, b" from their ARNs, or "no services in C". */
    private static String existing(String what, List<String> arns) {
        if (arns.isEmpty()) return "no " + what;
        return what + ": " + String.join(", ", arns.stream().map(Arns::lastSegment).sorted().toList());
    }

    /** Round 1: the stack's resources (its own rounds, by nesting depth), then clusters, services, task lists. */
    private List<Runnable> discover(String region, Target target, Found f) {
        List<Runnable> first = new ArrayList<>();
        if (target.amplifyApp() != null) {
            first.add(() -> amplify.getApp(region, target.amplifyApp()));
            first.add(() -> amplify.branches(region, target.amplifyApp(), target.amplifyBranch()));
        }
        if (target.stack() != null) {
            discoverStack(region, target.stack(), f, first); // runs `first` alongside its first round
        } else {
            f.clusters.add(target.cluster());
            if (target.services().isEmpty()) f.clustersWithAllServices.add(target.cluster());
            else f.services.put(target.cluster(), new LinkedHashSet<>(target.services()));
        }
        List<Runnable> round = new ArrayList<>(first);
        if (!f.clusters.isEmpty()) {
            List<String> asked = sorted(f.clusters);
            round.add(() -> f.missingClusters.addAll(ecs.describeClusters(region, asked)));
        }
        for (String cluster : sorted(f.clusters)) {
            if (f.clustersWithAllServices.contains(cluster)) {
                round.add(() -> {
                    List<String> arns = ecs.listServices(region, cluster);
                    f.describedServices.addAll(ecs.describeServices(region, cluster, arns));
                });
                round.add(() -> addTasks(f, cluster, ecs.listTasks(region, cluster, null, DesiredStatus.RUNNING)));
                round.add(() -> addTasks(f, cluster, ecs.listTasks(region, cluster, null, DesiredStatus.STOPPED)));
            } else {
                List<String> services = sorted(f.services.getOrDefault(cluster, Set.of()));
                if (services.isEmpty()) continue;
                round.add(() -> f.describedServices.addAll(ecs.describeServices(region, cluster, services, f.missingServices)));
                for (String s : services) {
                    round.add(() -> addTasks(f, cluster, ecs.listTasks(region, cluster, s, DesiredStatus.RUNNING)));
                    round.add(() -> addTasks(f, cluster, ecs.listTasks(region, cluster, s, DesiredStatus.STOPPED)));
                }
            }
        }
        round.addAll(targetGroupsAndBalancers(region, f));
        round.addAll(securityGroups(region, f));
        return round;
    }

    private List<Runnable> servicesPointAt(String region, Found f) {
        for (Service s : f.describedServices) {
            if (s.taskDefinition() != null) f.taskDefinitions.add(s.taskDefinition());
            for (Deployment d : s.deployments()) if (d.taskDefinition() != null) f.taskDefinitions.add(d.taskDefinition());
            String previous = previousHealthyCandidate(s);
            if (previous != null) f.taskDefinitions.add(previous);
            s.loadBalancers().forEach(lb -> { if (lb.targetGroupArn() != null) f.targetGroups.add(lb.targetGroupArn()); });
            if (s.networkConfiguration() != null && s.networkConfiguration().awsvpcConfiguration() != null) {
                f.securityGroups.addAll(s.networkConfiguration().awsvpcConfiguration().securityGroups());
            }
            String cluster = s.clusterArn() != null ? s.clusterArn() : null;
            if (cluster != null) addTasks(f, clusterKey(f, cluster), tasksNamedIn(s.events()));
        }
        List<Runnable> round = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : new LinkedHashMap<>(f.taskIds).entrySet()) {
            List<String> ids = sorted(e.getValue());
            if (!ids.isEmpty()) round.add(() -> f.tasks.addAll(ecs.describeTasks(region, e.getKey(), ids)));
        }
        round.addAll(taskDefinitions(region, f));
        round.addAll(targetGroupsAndBalancers(region, f));
        round.addAll(securityGroups(region, f));
        return round;
    }

    private List<Runnable> tasksPointAt(String region, Found f) {
        for (Task t : f.tasks) if (t.taskDefinitionArn() != null) f.taskDefinitions.add(t.taskDefinitionArn());
        List<Runnable> round = new ArrayList<>(taskDefinitions(region, f));
        for (TargetGroup tg : f.describedTargetGroups.values()) {
            f.loadBalancers.addAll(tg.loadBalancerArns());
            if (tg.vpcId() != null) f.vpcs.add(tg.vpcId());
        }
        round.addAll(targetGroupsAndBalancers(region, f));
        for (String tg : sorted(f.describedTargetGroups.keySet())) round.add(() -> elb.describeTargetHealth(region, tg));
        for (String cluster : ec2Clusters(f)) round.add(() -> containerInstances(region, cluster, f));
        return round;
    }

    /** Clusters where a service or task runs on the EC2 launch type: only they have container instances to read. */
    private static List<String> ec2Clusters(Found f) {
        Set<String> out = new java.util.TreeSet<>();
        for (Service s : f.describedServices) {
            boolean ec2 = "EC2".equals(s.launchTypeAsString()) || s.capacityProviderStrategy().stream()
                    .anyMatch(c -> c.capacityProvider() != null && !c.capacityProvider().startsWith("FARGATE"));
            if (ec2 && s.clusterArn() != null) out.add(s.clusterArn());
        }
        for (Task t : f.tasks) {
            if (("EC2".equals(t.launchTypeAsString()) || t.containerInstanceArn() != null) && t.clusterArn() != null) out.add(t.clusterArn());
        }
        return out.stream().map(c -> clusterKey(f, c)).distinct().sorted().toList();
    }

    /** The cluster's container instances, their EC2 instances, then those instances' security groups, one after another. */
    private void containerInstances(String region, String cluster, Found f) {
        List<String> arns = ecs.listContainerInstances(region, cluster);
        if (arns.isEmpty()) return;
        List<String> instanceIds = ecs.describeContainerInstances(region, cluster, arns).stream()
                .map(software.amazon.awssdk.services.ecs.model.ContainerInstance::ec2InstanceId)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        for (var i : ec2.describeInstances(region, instanceIds)) {
            if (i.vpcId() != null) f.vpcs.add(i.vpcId());
            i.securityGroups().forEach(g -> { if (g.groupId() != null) f.securityGroups.add(g.groupId()); });
        }
        for (Runnable r : securityGroups(region, f)) r.run();
    }

    private List<Runnable> logsImagesListeners(String region, Found f) {
        for (TaskDefinition td : f.describedTaskDefinitions.values()) {
            for (ContainerDefinition c : td.containerDefinitions()) {
                String group = awslogsGroup(c);
                if (group != null) f.logGroups.add(awslogsRegion(c, region) + "|" + group);
                EcrImage image = EcrImage.parse(c.image());
                if (image != null && !f.imagesByRegion.getOrDefault(image.region(), List.of()).contains(image)) {
                    f.imagesByRegion.computeIfAbsent(image.region(), k -> new ArrayList<>()).add(image);
                }
            }
        }
        List<Runnable> round = new ArrayList<>();
        for (String key : sorted(f.logGroups)) {
            String[] rg = key.split("\\|", 2);
            round.add(() -> {
                var groups = logs.describeLogGroups(rg[0], rg[1]);
                if (groups != null && groups.stream().anyMatch(g -> rg[1].equals(g.logGroupName()))) f.existingLogGroups.add(key);
            });
        }
        if (!f.imagesByRegion.isEmpty()) {
            round.add(() -> f.reposByRegion.put(region, names(ecr.describeRepositories(region, List.of()))));
            for (String imageRegion : sorted(f.imagesByRegion.keySet())) {
                if (imageRegion.equals(region)) continue;
                List<String> repos = f.imagesByRegion.get(imageRegion).stream().map(EcrImage::repository).distinct().sorted().toList();
                round.add(() -> f.reposByRegion.put(imageRegion, names(ecr.describeRepositories(imageRegion, repos))));
            }
        }
        for (LoadBalancer lb : f.describedLoadBalancers.values()) {
            f.securityGroups.addAll(lb.securityGroups());
            if (lb.vpcId() != null) f.vpcs.add(lb.vpcId());
        }
        for (String lb : sorted(f.describedLoadBalancers.keySet())) round.add(() -> elb.describeListeners(region, lb));
        round.addAll(securityGroups(region, f));
        round.addAll(rolePolicies(region, f));
        return round;
    }

    private List<Runnable> networkTailsImages(String region, Found f) {
        List<Runnable> round = new ArrayList<>();
        List<String> vpcs = sorted(f.vpcs);
        if (!vpcs.isEmpty()) {
            round.add(() -> ec2.describeVpcs(region, vpcs));
            round.add(() -> ec2.describeSubnets(region, vpcs));
            round.add(() -> ec2.describeRouteTables(region, vpcs));
            round.add(() -> ec2.describeVpcEndpoints(region, vpcs));
            round.add(() -> ec2.describeNatGateways(region, vpcs));
            for (String vpc : vpcs) {
                round.add(() -> ec2.describeVpcAttribute(region, vpc, VpcAttributeName.ENABLE_DNS_SUPPORT));
                round.add(() -> ec2.describeVpcAttribute(region, vpc, VpcAttributeName.ENABLE_DNS_HOSTNAMES));
            }
        }
        round.addAll(logTails(region, f));
        for (Map.Entry<String, List<EcrImage>> e : f.imagesByRegion.entrySet()) {
            for (EcrImage image : e.getValue()) {
                Set<String> inImageRegion = f.reposByRegion.getOrDefault(image.region(), Set.of());
                if (inImageRegion.contains(image.repository())) {
                    round.add(() -> ecr.describeImage(image.region(), image.repository(), image.tag(), image.digest()));
                }
                if (!image.region().equals(region) && f.reposByRegion.getOrDefault(region, Set.of()).contains(image.repository())) {
                    round.add(() -> ecr.describeImage(region, image.repository(), image.tag(), image.digest()));
                }
            }
        }
        return round;
    }

    private void discoverStack(String region, String stack, Found f, List<Runnable> alongside) {
        List<StackResourceSummary> resources = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Stack> stacks = new ConcurrentHashMap<>();
        List<String> level = List.of(stack);
        Set<String> seen = new LinkedHashSet<>();
        List<Runnable> round = new ArrayList<>(alongside);
        alongside.clear();
        for (int depth = 0; depth < MAX_NESTED_DEPTH && !level.isEmpty(); depth++) {
            List<String> nested = java.util.Collections.synchronizedList(new ArrayList<>());
            for (String s : level) {
                if (!seen.add(s)) continue;
                round.add(() -> {
                    Stack st = cfn.describeStack(region, s);
                    if (st != null) stacks.put(s, st);
                });
                round.add(() -> {
                    for (StackResourceSummary r : cfn.listStackResources(region, s)) {
                        resources.add(r);
                        if ("AWS::CloudFormation::Stack".equals(r.resourceType()) && r.physicalResourceId() != null
                                && !r.physicalResourceId().isEmpty()) nested.add(r.physicalResourceId());
                    }
                });
                round.add(() -> cfn.describeStackEvents(region, s));
            }
            fanout.all(round);
            round = new ArrayList<>();
            level = nested.stream().sorted().toList();
        }
        if (!stacks.containsKey(stack)) {
            boolean denied = rec.captures().stream().anyMatch(c -> c.error() != null && c.command().contains(" describe-stacks "));
            throw new TargetNotFoundException(denied ? "cannot read stack " + stack + " in " + region + ": "
                    + rec.captures().stream().filter(c -> c.error() != null).map(c -> c.error().path("code").asText() + " ("
                    + c.error().path("iamAction").asText() + ")").findFirst().orElse("")
                    : "stack " + stack + " not found in " + region, denied);
        }
        List<String> explicitServices = new ArrayList<>();
        for (StackResourceSummary r : resources) {
            String id = r.physicalResourceId();
            if (id == null || id.isEmpty()) continue;
            switch (r.resourceType()) {
                case "AWS::ECS::Cluster" -> f.clusters.add(id);
                case "AWS::ECS::Service" -> explicitServices.add(id);
                case "AWS::ECS::TaskDefinition" -> f.taskDefinitions.add(id);
                case "AWS::ElasticLoadBalancingV2::TargetGroup" -> f.targetGroups.add(id);
                case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> f.loadBalancers.add(id);
                case "AWS::EC2::SecurityGroup" -> { if (id.startsWith("sg-")) f.securityGroups.add(id); }
                case "AWS::EC2::VPC" -> f.vpcs.add(id);
                case "AWS::Logs::LogGroup" -> f.logGroups.add(region + "|" + id);
                default -> { }
            }
        }
        for (String arn : explicitServices) {
            // arn:aws:ecs:R:A:service/CLUSTER/NAME; the old format service/NAME needs the stack's only cluster
            String resource = arn.contains(":service/") ? arn.substring(arn.indexOf(":service/") + 9) : arn;
            String[] parts = resource.split("/");
            String cluster = parts.length == 2 ? parts[0] : f.clusters.size() == 1 ? f.clusters.iterator().next() : null;
            if (cluster == null) continue;
            cluster = clusterKey(f, cluster);
            f.clusters.add(cluster);
            f.services.computeIfAbsent(cluster, k -> new LinkedHashSet<>()).add(parts[parts.length - 1]);
        }
        for (String cluster : f.clusters) if (!f.services.containsKey(cluster)) f.clustersWithAllServices.add(cluster);
    }

    /** A cluster named by ARN and by name is one cluster: key it by the name the stack or user gave. */
    private static String clusterKey(Found f, String cluster) {
        String name = cluster.startsWith("arn:") ? Arns.lastSegment(cluster) : cluster;
        for (String c : f.clusters) {
            if (c.equals(cluster) || (c.startsWith("arn:") ? Arns.lastSegment(c) : c).equals(name)) return c;
        }
        return cluster;
    }

    private static void addTasks(Found f, String cluster, List<String> arns) {
        if (arns.isEmpty()) return;
        Set<String> ids = f.taskIds.computeIfAbsent(cluster, k -> ConcurrentHashMap.newKeySet());
        for (String a : arns) ids.add(a.contains("/") ? a.substring(a.lastIndexOf('/') + 1) : a);
    }

    static List<String> tasksNamedIn(List<ServiceEvent> events) {
        List<String> ids = new ArrayList<>();
        for (ServiceEvent e : events.subList(0, Math.min(EVENTS_SCANNED, events.size()))) {
            if (e.message() == null) continue;
            Matcher m = EVENT_TASK.matcher(e.message());
            while (m.find()) if (!ids.contains(m.group(1))) ids.add(m.group(1));
        }
        return ids;
    }

    private List<Runnable> taskDefinitions(String region, Found f) {
        List<Runnable> out = new ArrayList<>();
        for (String td : sorted(f.taskDefinitions)) {
            if (f.describedTaskDefinitions.containsKey(td) || describedUnderOtherName(f, td)) continue;
            f.describedTaskDefinitions.put(td, TaskDefinition.builder().build()); // claimed; replaced below
            out.add(() -> {
                TaskDefinition d = ecs.describeTaskDefinition(region, td);
                if (d == null) f.describedTaskDefinitions.remove(td);
                else f.describedTaskDefinitions.put(td, d);
            });
        }
        return out;
    }

    /**
     * "Changed since last healthy" needs a revision to compare with: when a struggling service's deployments name only
     * its current task definition, the revision before it (family:N-1) is the candidate.
     */
    static String previousHealthyCandidate(Service s) {
        String td = s.taskDefinition();
        if (td == null || s.deployments().stream().anyMatch(d -> d.taskDefinition() != null && !td.equals(d.taskDefinition()))) return null;
        boolean struggling = s.runningCount() < s.desiredCount()
                || s.deployments().stream().anyMatch(d -> d.failedTasks() != null && d.failedTasks() > 0);
        Matcher m = REVISION.matcher(td);
        if (!struggling || !m.matches() || Integer.parseInt(m.group(2)) <= 1) return null;
        return m.group(1) + (Integer.parseInt(m.group(2)) - 1);
    }

    /** A service names its task definition by ARN, a stack resource maybe by ARN too; family:revision is the same one. */
    private static boolean describedUnderOtherName(Found f, String td) {
        String short1 = td.contains("task-definition/") ? td.substring(td.indexOf("task-definition/") + 16) : td;
        for (String k : f.describedTaskDefinitions.keySet()) {
            String short2 = k.contains("task-definition/") ? k.substring(k.indexOf("task-definition/") + 16) : k;
            if (short1.equals(short2)) return true;
        }
        return false;
    }

    private List<Runnable> targetGroupsAndBalancers(String region, Found f) {
        List<Runnable> out = new ArrayList<>();
        List<String> tgs = sorted(f.targetGroups).stream().filter(t -> !f.describedTargetGroups.containsKey(t)).toList();
        if (!tgs.isEmpty()) {
            tgs.forEach(t -> f.describedTargetGroups.put(t, TargetGroup.builder().build()));
            out.add(() -> {
                tgs.forEach(f.describedTargetGroups::remove);
                for (TargetGroup tg : elb.describeTargetGroups(region, tgs)) f.describedTargetGroups.put(tg.targetGroupArn(), tg);
            });
        }
        List<String> lbs = sorted(f.loadBalancers).stream().filter(l -> !f.describedLoadBalancers.containsKey(l)).toList();
        if (!lbs.isEmpty()) {
            lbs.forEach(l -> f.describedLoadBalancers.put(l, LoadBalancer.builder().build()));
            out.add(() -> {
                lbs.forEach(f.describedLoadBalancers::remove);
                for (LoadBalancer lb : elb.describeLoadBalancers(region, lbs)) f.describedLoadBalancers.put(lb.loadBalancerArn(), lb);
            });
        }
        return out;
    }

    private List<Runnable> securityGroups(String region, Found f) {
        List<String> groups = sorted(f.securityGroups).stream().filter(g -> !f.describedSecurityGroups.contains(g)).toList();
        if (groups.isEmpty()) return List.of();
        f.describedSecurityGroups.addAll(groups);
        return List.of(() -> {
            for (SecurityGroup g : ec2.describeSecurityGroups(region, groups)) if (g.vpcId() != null) f.vpcs.add(g.vpcId());
        });
    }

    /** The execution and task roles' policies: listing, then the documents, one chain per role and kind. */
    private List<Runnable> rolePolicies(String region, Found f) {
        Set<String> roles = new java.util.TreeSet<>();
        for (TaskDefinition td : f.describedTaskDefinitions.values()) {
            for (String arn : java.util.Arrays.asList(td.executionRoleArn(), td.taskRoleArn())) {
                // a role ARN may carry a path (role/service-role/NAME); the API wants the name alone
                if (arn != null && arn.contains(":role/")) roles.add(Arns.lastSegment(arn));
            }
        }
        List<Runnable> out = new ArrayList<>();
        for (String role : roles) {
            out.add(() -> iam.attachedPolicies(region, role));
            out.add(() -> iam.inlinePolicies(region, role));
        }
        return out;
    }

    private List<Runnable> logTails(String region, Found f) {
        List<Task> stopped = new ArrayList<>();
        for (Task t : f.tasks) if ("STOPPED".equals(t.lastStatus())) stopped.add(t);
        stopped.sort(Comparator.comparing((Task t) -> t.stoppedAt() != null ? t.stoppedAt() : t.createdAt() != null ? t.createdAt()
                : Instant.EPOCH).reversed().thenComparing(Task::taskArn));
        List<Runnable> out = new ArrayList<>();
        for (Task t : stopped.subList(0, Math.min(MAX_LOG_TAILS, stopped.size()))) {
            TaskDefinition td = f.describedTaskDefinitions.get(t.taskDefinitionArn());
            if (td == null) continue;
            String taskId = Arns.lastSegment(t.taskArn());
            for (ContainerDefinition c : td.containerDefinitions()) {
                String group = awslogsGroup(c);
                String prefix = c.logConfiguration() == null ? null : c.logConfiguration().options().get("awslogs-stream-prefix");
                String logRegion = awslogsRegion(c, region);
                if (group == null || prefix == null || !f.existingLogGroups.contains(logRegion + "|" + group)) continue;
                String stream = prefix + "/" + c.name() + "/" + taskId;
                out.add(() -> logs.tail(logRegion, group, stream));
            }
        }
        return out;
    }

    private static String awslogsGroup(ContainerDefinition c) {
        if (c.logConfiguration() == null || !"awslogs".equals(c.logConfiguration().logDriverAsString())) return null;
        return c.logConfiguration().options().get("awslogs-group");
    }

    private static String awslogsRegion(ContainerDefinition c, String fallback) {
        String r = c.logConfiguration() == null ? null : c.logConfiguration().options().get("awslogs-region");
        return r == null || r.isBlank() ? fallback : r;
    }

    private static Set<String> names(List<Repository> repos) {
        Set<String> out = new LinkedHashSet<>();
        if (repos != null) repos.forEach(r -> out.add(r.repositoryName()));
        return out;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    /** The stack (or cluster) itself cannot be read: nothing to diagnose. */
    public static final class TargetNotFoundException extends RuntimeException {
        private final boolean denied;

        public TargetNotFoundException(String message, boolean denied) {
            super(message);
            this.denied = denied;
        }

        /** Whether it could not be read for lack of permission (or of a reachable API) rather than not existing. */
        public boolean denied() {
            return denied;
        }
    }
}
