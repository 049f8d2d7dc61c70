package io.ecstriage.collect;

import static io.ecstriage.collect.Nodes.list;
import static io.ecstriage.collect.Nodes.text;
import static io.ecstriage.collect.Nodes.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.ecstriage.aws.AwsClients;
import io.ecstriage.aws.wire.ServiceModel;
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
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fan-out: discovers what a stack or cluster consists of and reads it as a graph of parallel calls, each
 * started as soon as the calls it needs have answered (services → task definitions → log groups → log tails;
 * target groups → load balancers → listeners; the first security group → the VPC's network). Every call is
 * recorded as the aws CLI would print it.
 */
public final class LiveCollector {
    static final int MAX_NESTED_DEPTH = 5;
    /** Log tails are read for the most recent stopped tasks only. */
    static final int MAX_LOG_TAILS = 5;
    /** Tasks named in the most recent service events are described too: they may have left the STOPPED list. */
    static final int EVENTS_SCANNED = 20;
    private static final Pattern REVISION = Pattern.compile("(.*:)(\\d+)");
    private static final List<String> PRELOADED_MODELS = List.of("ec2", "logs", "elbv2", "ecr", "iam");
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

    /** What the reads found so far, shared by the reads running in parallel. */
    private static final class Found {
        final Set<String> clusters = ConcurrentHashMap.newKeySet();
        /** cluster → services to read; a cluster mapped to an empty set means all of its services. */
        final Map<String, Set<String>> services = new ConcurrentHashMap<>();
        final Set<String> clustersWithAllServices = ConcurrentHashMap.newKeySet();
        final List<JsonNode> describedServices = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, Set<String>> taskIds = new ConcurrentHashMap<>();
        final List<JsonNode> tasks = java.util.Collections.synchronizedList(new ArrayList<>());
        final Set<String> taskDefinitions = ConcurrentHashMap.newKeySet();
        final Map<String, JsonNode> describedTaskDefinitions = new ConcurrentHashMap<>();
        final List<CompletableFuture<Void>> taskDefinitionReads = java.util.Collections.synchronizedList(new ArrayList<>());
        final Set<String> targetGroups = ConcurrentHashMap.newKeySet();
        final Map<String, JsonNode> describedTargetGroups = new ConcurrentHashMap<>();
        final Set<String> targetHealthAsked = ConcurrentHashMap.newKeySet();
        final Set<String> loadBalancers = ConcurrentHashMap.newKeySet();
        final Map<String, JsonNode> describedLoadBalancers = new ConcurrentHashMap<>();
        /** Region → its balancers, read ahead once a service names a target group (null when unknown). */
        final Map<String, CompletableFuture<List<JsonNode>>> balancersAhead = new ConcurrentHashMap<>();
        final Set<String> securityGroups = ConcurrentHashMap.newKeySet();
        final Set<String> describedSecurityGroups = ConcurrentHashMap.newKeySet();
        final Set<String> vpcs = ConcurrentHashMap.newKeySet();
        final Set<String> networkRead = ConcurrentHashMap.newKeySet();
        final Set<String> logGroups = ConcurrentHashMap.newKeySet(); // "region|name"
        final Set<String> logGroupsAsked = ConcurrentHashMap.newKeySet();
        final Set<String> existingLogGroups = ConcurrentHashMap.newKeySet();
        final List<CompletableFuture<Void>> logGroupReads = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> missingClusters = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> missingServices = java.util.Collections.synchronizedList(new ArrayList<>());
        final Set<String> rolesAsked = ConcurrentHashMap.newKeySet();
        final Set<String> containerInstancesAsked = ConcurrentHashMap.newKeySet();
        final Map<String, List<EcrImage>> imagesByRegion = new LinkedHashMap<>();
        final Set<EcrImage> imagesAsked = ConcurrentHashMap.newKeySet();
        final Map<String, CompletableFuture<Void>> repositoryReads = new ConcurrentHashMap<>();
        final Map<String, Set<String>> reposByRegion = new ConcurrentHashMap<>();
        final Map<String, CompletableFuture<Recorder.Ahead>> tailsAhead = new ConcurrentHashMap<>(); // "region|group|stream"
        volatile boolean tasksKnown; // every describe-tasks answered: the newest stopped tasks are known
    }

    /**
     * Reads the target as a graph rather than in rounds: each read starts as soon as what it needs is known (a
     * service's task definition and target health with the service, the VPC's network with the first security
     * group or target group that names it), and waits only for the reads it batches over (one describe-tasks per
     * cluster after its task lists and services; one describe-target-groups for all services).
     */
    public Result collect(Target target) {
        Instant capturedAt = clock.instant();
        String region = aws.region();
        Found f = new Found();
        if (target.amplifyApp() != null) {
            fanout.leaf(() -> amplify.getApp(region, target.amplifyApp()));
            fanout.leaf(() -> amplify.branches(region, target.amplifyApp(), target.amplifyBranch()));
        }
        if (target.stack() != null) {
            discoverStack(region, target.stack(), f);
        } else {
            f.clusters.add(target.cluster());
            if (target.services().isEmpty()) f.clustersWithAllServices.add(target.cluster());
            else f.services.put(target.cluster(), new LinkedHashSet<>(target.services()));
        }
        read(region, f);
        // what nearly every collection reads after its first answers: security groups, log groups, images, roles, balancers
        ServiceModel.preload(PRELOADED_MODELS);
        fanout.await();
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

    private void read(String region, Found f) {
        if (!f.clusters.isEmpty()) {
            List<String> asked = sorted(f.clusters);
            fanout.leaf(() -> f.missingClusters.addAll(ecs.describeClusters(region, asked)));
        }
        // what the stack named is known now
        for (String td : sorted(f.taskDefinitions)) taskDefinition(region, f, td);
        targetGroupsAndBalancers(region, f);
        securityGroups(region, f);
        network(region, f);
        List<CompletableFuture<Void>> servicesRead = new ArrayList<>();
        List<CompletableFuture<Void>> tasksListed = new ArrayList<>();
        for (String cluster : sorted(f.clusters)) {
            List<CompletableFuture<Void>> inCluster = new ArrayList<>();
            if (f.clustersWithAllServices.contains(cluster)) {
                servicesRead.add(fanout.start(() -> {
                    List<String> arns = ecs.listServices(region, cluster);
                    services(region, f, ecs.describeServices(region, cluster, arns));
                }));
                inCluster.add(fanout.start(() -> addTasks(f, cluster, ecs.listTasks(region, cluster, null, EcsCollector.RUNNING))));
                inCluster.add(fanout.start(() -> addTasks(f, cluster, ecs.listTasks(region, cluster, null, EcsCollector.STOPPED))));
            } else {
                List<String> services = sorted(f.services.getOrDefault(cluster, Set.of()));
                if (services.isEmpty()) continue;
                servicesRead.add(fanout.start(() -> services(region, f, ecs.describeServices(region, cluster, services, f.missingServices))));
                for (String s : services) {
                    inCluster.add(fanout.start(() -> addTasks(f, cluster, ecs.listTasks(region, cluster, s, EcsCollector.RUNNING))));
                    inCluster.add(fanout.start(() -> addTasks(f, cluster, ecs.listTasks(region, cluster, s, EcsCollector.STOPPED))));
                }
            }
            tasksListed.addAll(inCluster);
        }
        // the services name tasks in their events, so every cluster's task ids are known once both have been read
        List<CompletableFuture<Void>> idsKnown = new ArrayList<>(servicesRead);
        idsKnown.addAll(tasksListed);
        CompletableFuture<Void> tasksRead = new CompletableFuture<>();
        fanout.after(idsKnown, () -> fanout.after(describeTasks(region, f), () -> tasksRead.complete(null)));
        // target groups of every service in one call; the rest of each service started as soon as it was described
        fanout.after(servicesRead, () -> {
            targetGroupsAndBalancers(region, f);
            securityGroups(region, f);
            fanout.after(snapshot(f.taskDefinitionReads), () -> logGroupsAndImages(region, f));
        });
        CompletableFuture<Void> allTaskDefinitions = new CompletableFuture<>();
        fanout.after(List.of(tasksRead), () -> {
            f.tasksKnown = true;
            tailsAhead(region, f); // and again as each task definition answers (taskDefinition)
            fanout.after(snapshot(f.taskDefinitionReads), () -> {
                logGroupsAndImages(region, f); // the stopped tasks' task definitions, when they were not the services'
                allTaskDefinitions.complete(null);
            });
        });
        // the tails are read beside the log groups, not after them: each is kept once its group is known to exist
        fanout.after(List.of(allTaskDefinitions), () -> logTails(region, f));
        // container instances where a service or task runs on the EC2 launch type, once both are known
        List<CompletableFuture<Void>> launchTypesKnown = new ArrayList<>(servicesRead);
        launchTypesKnown.add(tasksRead);
        fanout.after(launchTypesKnown, () -> {
            for (String cluster : ec2Clusters(f)) {
                if (f.containerInstancesAsked.add(cluster)) fanout.start(() -> containerInstances(region, cluster, f));
            }
        });
    }

    /** Clusters where a service or task runs on the EC2 launch type: only they have container instances to read. */
    private static List<String> ec2Clusters(Found f) {
        Set<String> out = new java.util.TreeSet<>();
        for (JsonNode s : snapshot(f.describedServices)) {
            boolean ec2 = "EC2".equals(text(s, "launchType")) || list(s, "capacityProviderStrategy").stream()
                    .anyMatch(c -> text(c, "capacityProvider") != null && !text(c, "capacityProvider").startsWith("FARGATE"));
            if (ec2 && text(s, "clusterArn") != null) out.add(text(s, "clusterArn"));
        }
        for (JsonNode t : snapshot(f.tasks)) {
            if (("EC2".equals(text(t, "launchType")) || text(t, "containerInstanceArn") != null) && text(t, "clusterArn") != null) out.add(text(t, "clusterArn"));
        }
        return out.stream().map(c -> clusterKey(f, c)).distinct().sorted().toList();
    }

    /** The cluster's container instances, their EC2 instances, then those instances' security groups and network. */
    private void containerInstances(String region, String cluster, Found f) {
        List<String> arns = ecs.listContainerInstances(region, cluster);
        if (arns.isEmpty()) return;
        List<String> instanceIds = ecs.describeContainerInstances(region, cluster, arns).stream()
                .map(c -> text(c, "ec2InstanceId"))
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        for (var i : ec2.describeInstances(region, instanceIds)) {
            if (text(i, "VpcId") != null) f.vpcs.add(text(i, "VpcId"));
            list(i, "SecurityGroups").forEach(g -> { if (text(g, "GroupId") != null) f.securityGroups.add(text(g, "GroupId")); });
        }
        securityGroups(region, f);
        network(region, f);
    }

    /** The execution and task roles' policies of the task definitions described so far, each role once. */
    private void rolePolicies(String region, Found f) {
        Set<String> roles = new java.util.TreeSet<>();
        for (JsonNode td : f.describedTaskDefinitions.values()) {
            for (String arn : java.util.Arrays.asList(text(td, "executionRoleArn"), text(td, "taskRoleArn"))) {
                // a role ARN may carry a path (role/service-role/NAME); the API wants the name alone
                if (arn != null && arn.contains(":role/")) roles.add(Arns.lastSegment(arn));
            }
        }
        for (String role : roles) {
            if (!f.rolesAsked.add(role)) continue;
            // each policy document its own read: a role's policies are read side by side, not one after another
            fanout.start(() -> iam.attachedPolicies(region, role, fanout::start));
            fanout.start(() -> iam.inlinePolicies(region, role, fanout::leaf));
        }
    }

    private static <T> List<T> snapshot(List<T> list) {
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    /** Called by the read that described them: their task definitions, target health and events' tasks start now. */
    private void services(String region, Found f, List<JsonNode> described) {
        f.describedServices.addAll(described);
        for (JsonNode s : described) {
            if (text(s, "taskDefinition") != null) taskDefinition(region, f, text(s, "taskDefinition"));
            for (JsonNode d : list(s, "deployments")) if (text(d, "taskDefinition") != null) taskDefinition(region, f, text(d, "taskDefinition"));
            String previous = previousHealthyCandidate(s);
            if (previous != null) taskDefinition(region, f, previous);
            list(s, "loadBalancers").forEach(lb -> {
                String tg = text(lb, "targetGroupArn");
                if (tg == null) return;
                f.targetGroups.add(tg);
                targetHealth(region, f, tg);
                balancersAhead(region, f);
            });
            f.securityGroups.addAll(texts(s.path("networkConfiguration").path("awsvpcConfiguration"), "securityGroups"));
            String cluster = text(s, "clusterArn");
            if (cluster != null) addTasks(f, clusterKey(f, cluster), tasksNamedIn(list(s, "events")));
        }
    }

    /** One describe-tasks per cluster (100 tasks per call); their task definitions start as each answers. */
    private List<CompletableFuture<Void>> describeTasks(String region, Found f) {
        List<CompletableFuture<Void>> reads = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : new LinkedHashMap<>(f.taskIds).entrySet()) {
            List<String> ids = sorted(e.getValue());
            if (ids.isEmpty()) continue;
            reads.add(fanout.start(() -> {
                for (JsonNode t : ecs.describeTasks(region, e.getKey(), ids)) {
                    if (!ofTheTarget(f, e.getKey(), t)) continue;
                    f.tasks.add(t);
                    if (text(t, "taskDefinitionArn") != null) taskDefinition(region, f, text(t, "taskDefinitionArn"));
                }
            }));
        }
        return reads;
    }

    /**
     * Whether a described task belongs to what is diagnosed: any task of a cluster read whole, else a task of one of the
     * services asked for ("service:NAME" group; a task without a group is kept). AWS's list-tasks --service-name returns
     * only those; an endpoint that ignores the filter (moto) would otherwise send the collection after other services'
     * task definitions, roles and logs. The describe-tasks capture keeps every task it answered.
     */
    private static boolean ofTheTarget(Found f, String cluster, JsonNode task) {
        if (f.clustersWithAllServices.contains(cluster)) return true;
        String group = text(task, "group");
        if (group == null || !group.startsWith("service:")) return group == null;
        return f.services.getOrDefault(cluster, Set.of()).contains(group.substring("service:".length()));
    }

    private void targetHealth(String region, Found f, String targetGroup) {
        if (f.targetHealthAsked.add(targetGroup)) fanout.leaf(() -> elb.describeTargetHealth(region, targetGroup));
    }

    /** Log groups and images of the task definitions described so far, not yet asked for; one call per Region for the groups. */
    private void logGroupsAndImages(String region, Found f) {
        List<EcrImage> newImages = new ArrayList<>();
        Map<String, List<String>> groupsByRegion = new java.util.TreeMap<>();
        // one caller at a time takes every group known and not yet asked: two callers at once (the services' and the
        // stopped tasks' task definitions read) would otherwise split the names between two calls
        synchronized (f.imagesByRegion) {
            for (JsonNode td : f.describedTaskDefinitions.values()) {
                for (JsonNode c : list(td, "containerDefinitions")) {
                    String group = awslogsGroup(c);
                    if (group != null) f.logGroups.add(awslogsRegion(c, region) + "|" + group);
                    EcrImage image = EcrImage.parse(text(c, "image"));
                    if (image != null && !f.imagesByRegion.getOrDefault(image.region(), List.of()).contains(image)) {
                        f.imagesByRegion.computeIfAbsent(image.region(), k -> new ArrayList<>()).add(image);
                        newImages.add(image);
                    }
                }
            }
            for (String key : sorted(f.logGroups)) {
                if (!f.logGroupsAsked.add(key)) continue;
                String[] rg = key.split("\\|", 2);
                groupsByRegion.computeIfAbsent(rg[0], k -> new ArrayList<>()).add(rg[1]);
            }
        }
        groupsByRegion.forEach((logRegion, groups) -> {
            for (List<String> batch : Batches.of(groups, LogsCollector.GROUPS_PER_CALL)) {
                f.logGroupReads.add(fanout.start(() -> {
                    var listed = logs.describeLogGroups(logRegion, batch);
                    if (listed == null) return;
                    for (JsonNode g : listed) if (batch.contains(text(g, "logGroupName"))) f.existingLogGroups.add(logRegion + "|" + text(g, "logGroupName"));
                }));
            }
        });
        images(region, f, newImages);
        rolePolicies(region, f);
    }

    /** The home Region's repositories (all, once) and the other Regions' by name; then each image whose repository exists. */
    private void images(String region, Found f, List<EcrImage> images) {
        if (images.isEmpty()) return;
        f.repositoryReads.computeIfAbsent(region, r -> fanout.start(() -> f.reposByRegion.put(region, names(ecr.describeRepositories(region, List.of())))));
        Map<String, List<String>> reposByRegion = new java.util.TreeMap<>();
        for (EcrImage image : images) {
            if (image.region().equals(region)) continue;
            List<String> repos = reposByRegion.computeIfAbsent(image.region(), k -> new ArrayList<>());
            if (!repos.contains(image.repository())) repos.add(image.repository());
        }
        List<CompletableFuture<Void>> needed = new ArrayList<>(List.of(f.repositoryReads.get(region)));
        // each image in its own Region is read beside the repositories, not after them, and kept only if its
        // repository exists: the captures are those of reading it after, a round sooner
        Map<EcrImage, Recorder.Ahead> ahead = new ConcurrentHashMap<>();
        for (EcrImage image : images) {
            needed.add(fanout.leaf(() -> ahead.put(image, ecr.imageAhead(image.region(), image.repository(), image.tag(), image.digest()))));
        }
        reposByRegion.forEach((imageRegion, repos) -> {
            List<String> names = repos.stream().sorted().toList();
            CompletableFuture<Void> read = fanout.start(() -> {
                Set<String> found = names(ecr.describeRepositories(imageRegion, names));
                f.reposByRegion.merge(imageRegion, found, (a, b) -> { Set<String> u = new LinkedHashSet<>(a); u.addAll(b); return u; });
            });
            f.repositoryReads.putIfAbsent(imageRegion, read);
            needed.add(read);
        });
        fanout.after(needed, () -> {
            for (EcrImage image : images) {
                if (!f.imagesAsked.add(image)) continue;
                Set<String> inImageRegion = f.reposByRegion.getOrDefault(image.region(), Set.of());
                Recorder.Ahead read = ahead.get(image);
                if (inImageRegion.contains(image.repository())) {
                    fanout.leaf(() -> {
                        if (read != null) rec.keep(read);
                        else ecr.describeImage(image.region(), image.repository(), image.tag(), image.digest());
                    });
                }
                if (!image.region().equals(region) && f.reposByRegion.getOrDefault(region, Set.of()).contains(image.repository())) {
                    fanout.leaf(() -> ecr.describeImage(region, image.repository(), image.tag(), image.digest()));
                }
            }
        });
    }

    /** The network of VPCs not read yet: started by whichever read names a VPC first. */
    private void network(String region, Found f) {
        List<String> vpcs = sorted(f.vpcs).stream().filter(f.networkRead::add).toList();
        if (vpcs.isEmpty()) return;
        fanout.leaf(() -> ec2.describeVpcs(region, vpcs));
        fanout.leaf(() -> ec2.describeSubnets(region, vpcs));
        fanout.leaf(() -> ec2.describeRouteTables(region, vpcs));
        fanout.leaf(() -> ec2.describeVpcEndpoints(region, vpcs));
        fanout.leaf(() -> ec2.describeNatGateways(region, vpcs));
        for (String vpc : vpcs) {
            fanout.leaf(() -> ec2.describeVpcAttribute(region, vpc, Ec2Collector.ENABLE_DNS_SUPPORT));
            fanout.leaf(() -> ec2.describeVpcAttribute(region, vpc, Ec2Collector.ENABLE_DNS_HOSTNAMES));
        }
    }

    /** The stack's resources, nested stacks one level after another, with their events alongside. */
    private void discoverStack(String region, String stack, Found f) {
        List<JsonNode> resources = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, JsonNode> stacks = new ConcurrentHashMap<>();
        List<String> level = List.of(stack);
        Set<String> seen = new LinkedHashSet<>();
        List<Runnable> round = new ArrayList<>();
        for (int depth = 0; depth < MAX_NESTED_DEPTH && !level.isEmpty(); depth++) {
            List<String> nested = java.util.Collections.synchronizedList(new ArrayList<>());
            for (String s : level) {
                if (!seen.add(s)) continue;
                round.add(() -> {
                    JsonNode st = cfn.describeStack(region, s);
                    if (st != null) stacks.put(s, st);
                });
                round.add(() -> {
                    for (JsonNode r : cfn.listStackResources(region, s)) {
                        resources.add(r);
                        String id = text(r, "PhysicalResourceId");
                        if ("AWS::CloudFormation::Stack".equals(text(r, "ResourceType")) && id != null && !id.isEmpty()) nested.add(id);
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
        for (JsonNode r : resources) {
            String id = text(r, "PhysicalResourceId");
            String type = text(r, "ResourceType");
            if (id == null || id.isEmpty() || type == null) continue;
            switch (type) {
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

    static List<String> tasksNamedIn(List<JsonNode> events) {
        List<String> ids = new ArrayList<>();
        for (JsonNode e : events.subList(0, Math.min(EVENTS_SCANNED, events.size()))) {
            String message = text(e, "message");
            if (message == null) continue;
            Matcher m = EVENT_TASK.matcher(message);
            while (m.find()) if (!ids.contains(m.group(1))) ids.add(m.group(1));
        }
        return ids;
    }

    /** Describes a task definition unless it was already asked for, under this name or another (ARN or family:revision). */
    private void taskDefinition(String region, Found f, String td) {
        synchronized (f.describedTaskDefinitions) {
            f.taskDefinitions.add(td);
            if (f.describedTaskDefinitions.containsKey(td) || describedUnderOtherName(f, td)) return;
            f.describedTaskDefinitions.put(td, JsonNodeFactory.instance.objectNode()); // claimed; replaced below
            f.taskDefinitionReads.add(fanout.start(() -> {
                JsonNode d = ecs.describeTaskDefinition(region, td);
                if (d == null) f.describedTaskDefinitions.remove(td);
                else f.describedTaskDefinitions.put(td, d);
                if (d != null && f.tasksKnown) tailsAhead(region, f); // it may name the streams of stopped tasks
            }));
        }
    }

    /**
     * "Changed since last healthy" needs a revision to compare with: when a struggling service's deployments name only
     * its current task definition, the revision before it (family:N-1) is the candidate.
     */
    static String previousHealthyCandidate(JsonNode s) {
        String td = text(s, "taskDefinition");
        List<JsonNode> deployments = list(s, "deployments");
        if (td == null || deployments.stream().anyMatch(d -> text(d, "taskDefinition") != null && !td.equals(text(d, "taskDefinition")))) return null;
        Integer running = Nodes.integer(s, "runningCount");
        Integer desired = Nodes.integer(s, "desiredCount");
        boolean struggling = (running != null && desired != null && running < desired)
                || deployments.stream().anyMatch(d -> Nodes.integer(d, "failedTasks") != null && Nodes.integer(d, "failedTasks") > 0);
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

    /** Target groups and load balancers known and not described yet; what they name (balancers, VPCs, groups) follows. */
    private void targetGroupsAndBalancers(String region, Found f) {
        List<String> tgs;
        List<String> lbs;
        synchronized (f.describedTargetGroups) {
            tgs = sorted(f.targetGroups).stream().filter(t -> !f.describedTargetGroups.containsKey(t)).toList();
            tgs.forEach(t -> f.describedTargetGroups.put(t, JsonNodeFactory.instance.objectNode())); // claimed; replaced below
            lbs = sorted(f.loadBalancers).stream().filter(l -> !f.describedLoadBalancers.containsKey(l)).toList();
            lbs.forEach(l -> f.describedLoadBalancers.put(l, JsonNodeFactory.instance.objectNode()));
        }
        if (!tgs.isEmpty()) {
            fanout.start(() -> {
                List<JsonNode> described = elb.describeTargetGroups(region, tgs);
                tgs.forEach(f.describedTargetGroups::remove);
                for (JsonNode tg : described) {
                    if (text(tg, "TargetGroupArn") != null) f.describedTargetGroups.put(text(tg, "TargetGroupArn"), tg);
                    f.loadBalancers.addAll(texts(tg, "LoadBalancerArns"));
                    if (text(tg, "VpcId") != null) f.vpcs.add(text(tg, "VpcId"));
                }
                targetGroupsAndBalancers(region, f); // the balancers lead to listeners and groups: before the leaves
                for (JsonNode tg : described) if (text(tg, "TargetGroupArn") != null) targetHealth(region, f, text(tg, "TargetGroupArn"));
                network(region, f);
            });
        }
        if (!lbs.isEmpty()) {
            // a listener read needs only the balancer's ARN: beside its description, not a round after it
            for (String arn : lbs) fanout.leaf(() -> elb.describeListeners(region, arn));
            CompletableFuture<List<JsonNode>> ahead = f.balancersAhead.get(region);
            fanout.after(ahead == null ? List.of() : List.of(ahead), () -> {
                List<JsonNode> described = elb.describeLoadBalancers(region, lbs, ahead == null ? null : ahead.getNow(null));
                lbs.forEach(f.describedLoadBalancers::remove);
                for (JsonNode lb : described) {
                    String arn = text(lb, "LoadBalancerArn");
                    if (arn == null) continue;
                    f.describedLoadBalancers.put(arn, lb);
                    f.securityGroups.addAll(texts(lb, "SecurityGroups"));
                    if (text(lb, "VpcId") != null) f.vpcs.add(text(lb, "VpcId"));
                }
                securityGroups(region, f);
                network(region, f);
            });
        }
    }

    /**
     * The Region's balancers, read once beside the target groups that will name some of them
     * ({@link ElbCollector#everyLoadBalancerAhead}): their security groups are then read a round sooner.
     */
    private void balancersAhead(String region, Found f) {
        if (!f.loadBalancers.isEmpty()) return; // a stack named them: described by ARN already
        f.balancersAhead.computeIfAbsent(region, r -> {
            CompletableFuture<List<JsonNode>> read = new CompletableFuture<>();
            fanout.start(() -> {
                try {
                    read.complete(elb.everyLoadBalancerAhead(r));
                } catch (RuntimeException e) {
                    read.complete(null);
                    throw e;
                }
            });
            return read;
        });
    }

    private void securityGroups(String region, Found f) {
        List<String> groups;
        synchronized (f.describedSecurityGroups) {
            groups = sorted(f.securityGroups).stream().filter(g -> !f.describedSecurityGroups.contains(g)).toList();
            f.describedSecurityGroups.addAll(groups);
        }
        if (groups.isEmpty()) return;
        fanout.start(() -> {
            for (JsonNode g : ec2.describeSecurityGroups(region, groups)) if (text(g, "VpcId") != null) f.vpcs.add(text(g, "VpcId"));
            network(region, f);
        });
    }

    /**
     * The newest stopped tasks' awslogs streams, once every task definition is read: each stream its task's own task
     * definition names, taken from {@link #tailsAhead} when it was read ahead, else read now; recorded once the log
     * groups have been read when their group exists (a tail of a missing group would only say so): the captures are
     * those of reading the tails after the groups, a round of calls sooner.
     */
    private void logTails(String region, Found f) {
        List<CompletableFuture<?>> readsDone = new ArrayList<>(snapshot(f.logGroupReads));
        Map<String, List<Recorder.Ahead>> keepByGroup = new LinkedHashMap<>();
        for (JsonNode t : newestStopped(f)) {
            String tdArn = text(t, "taskDefinitionArn");
            JsonNode td = tdArn == null ? null : f.describedTaskDefinitions.get(tdArn);
            if (td == null) continue;
            for (TailName tail : tailNames(td, Arns.lastSegment(text(t, "taskArn")), region)) {
                List<Recorder.Ahead> ahead = keepByGroup.computeIfAbsent(tail.region() + "|" + tail.group(),
                        k -> java.util.Collections.synchronizedList(new ArrayList<>()));
                CompletableFuture<Recorder.Ahead> early = f.tailsAhead.remove(tail.key());
                if (early != null) readsDone.add(early.thenAccept(ahead::add));
                else readsDone.add(fanout.leaf(() -> ahead.add(logs.tailAhead(tail.region(), tail.group(), tail.stream()))));
            }
        }
        if (keepByGroup.isEmpty()) return;
        fanout.after(readsDone, () -> keepByGroup.forEach((group, ahead) -> {
            if (f.existingLogGroups.contains(group)) snapshot(ahead).forEach(t -> fanout.leaf(() -> rec.keep(t)));
        }));
    }

    /** The latest {@link #MAX_LOG_TAILS} stopped tasks read so far, newest first. */
    private static List<JsonNode> newestStopped(Found f) {
        List<JsonNode> stopped = new ArrayList<>();
        for (JsonNode t : snapshot(f.tasks)) if ("STOPPED".equals(text(t, "lastStatus")) && text(t, "taskArn") != null) stopped.add(t);
        stopped.sort(Comparator.comparing((JsonNode t) -> Nodes.instant(t, "stoppedAt") != null ? Nodes.instant(t, "stoppedAt")
                : Nodes.instant(t, "createdAt") != null ? Nodes.instant(t, "createdAt") : Instant.EPOCH).reversed()
                .thenComparing(t -> text(t, "taskArn")));
        return stopped.subList(0, Math.min(MAX_LOG_TAILS, stopped.size()));
    }

    /** One awslogs stream of a task: PREFIX/CONTAINER/TASK_ID in the container's log group and Region. */
    private record TailName(String region, String group, String stream) {
        String key() {
            return region + "|" + group + "|" + stream;
        }
    }

    private static List<TailName> tailNames(JsonNode td, String taskId, String region) {
        List<TailName> out = new ArrayList<>();
        for (JsonNode c : list(td, "containerDefinitions")) {
            String group = awslogsGroup(c);
            String prefix = text(c.path("logConfiguration").path("options"), "awslogs-stream-prefix");
            if (group == null || prefix == null) continue;
            out.add(new TailName(awslogsRegion(c, region), group, prefix + "/" + text(c, "name") + "/" + taskId));
        }
        return out;
    }

    /**
     * The newest stopped tasks' tails, read as soon as the tasks are known rather than once every task definition is:
     * named by the task's own task definition when it has answered, else by the highest revision of its family that has
     * (another revision than the service's, as after a rollback). {@link #logTails} uses a tail read ahead only where the
     * task's own task definition names the same stream; the others are left out.
     */
    private void tailsAhead(String region, Found f) {
        for (JsonNode t : newestStopped(f)) {
            String tdArn = text(t, "taskDefinitionArn");
            JsonNode own = tdArn == null ? null : f.describedTaskDefinitions.get(tdArn);
            if (own != null && own.size() > 0) {
                readTailsAhead(f, tailNames(own, Arns.lastSegment(text(t, "taskArn")), region));
                continue;
            }
            Matcher m = tdArn == null ? null : REVISION.matcher(tdArn);
            if (m == null || !m.matches()) continue;
            JsonNode sibling = null; // the highest revision of the family read so far
            int revision = -1;
            for (JsonNode td : f.describedTaskDefinitions.values()) {
                String arn = text(td, "taskDefinitionArn");
                Matcher s = arn == null ? null : REVISION.matcher(arn);
                if (s == null || !s.matches() || !s.group(1).equals(m.group(1)) || Integer.parseInt(s.group(2)) <= revision) continue;
                sibling = td;
                revision = Integer.parseInt(s.group(2));
            }
            if (sibling != null) readTailsAhead(f, tailNames(sibling, Arns.lastSegment(text(t, "taskArn")), region));
        }
    }

    /** Reads each tail ahead once (by Region, group and stream); {@link #logTails} takes those its tasks name. */
    private void readTailsAhead(Found f, List<TailName> tails) {
        for (TailName tail : tails) {
            f.tailsAhead.computeIfAbsent(tail.key(), k -> {
                CompletableFuture<Recorder.Ahead> read = new CompletableFuture<>();
                fanout.leaf(() -> {
                    try {
                        read.complete(logs.tailAhead(tail.region(), tail.group(), tail.stream()));
                    } catch (RuntimeException e) {
                        read.completeExceptionally(e);
                        throw e;
                    }
                });
                return read;
            });
        }
    }

    private static String awslogsGroup(JsonNode c) {
        if (!"awslogs".equals(text(c.path("logConfiguration"), "logDriver"))) return null;
        return text(c.path("logConfiguration").path("options"), "awslogs-group");
    }

    private static String awslogsRegion(JsonNode c, String fallback) {
        String r = text(c.path("logConfiguration").path("options"), "awslogs-region");
        return r == null || r.isBlank() ? fallback : r;
    }

    private static Set<String> names(List<JsonNode> repos) {
        Set<String> out = new LinkedHashSet<>();
        if (repos != null) repos.forEach(r -> { if (text(r, "repositoryName") != null) out.add(text(r, "repositoryName")); });
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
