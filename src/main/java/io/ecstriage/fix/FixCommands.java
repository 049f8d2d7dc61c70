package io.ecstriage.fix;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.model.AmplifyBranch;
import io.ecstriage.model.Arns;
import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.EnvVariable;
import io.ecstriage.model.ImageRef;
import io.ecstriage.model.Listener;
import io.ecstriage.model.LoadBalancer;
import io.ecstriage.model.SecurityGroup;
import io.ecstriage.model.SecurityGroupRule;
import io.ecstriage.model.Subnet;
import io.ecstriage.model.TaskEgress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The fix plans the rules print, as typed steps filled with real ids (a DRL global). Nothing here runs them. */
public final class FixCommands {
    public static final String EXECUTION_ROLE_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

    private static AwsStep aws(AwsCall call) {
        return AwsStep.of(call);
    }

    public AwsStep createLogGroup(String group, String region) {
        return aws(AwsCall.of("logs", "create-log-group").with("--log-group-name", group).in(region));
    }

    public AwsStep authorizeIngressFromGroup(String groupId, int port, String sourceGroupId, String region) {
        return aws(AwsCall.of("ec2", "authorize-security-group-ingress").with("--group-id", groupId).with("--protocol", "tcp")
                .with("--port", port).with("--source-group", sourceGroupId).in(region));
    }

    /** `ports` is one port or a range such as "32768-65535" (the dynamic host ports of bridge networking). */
    public AwsStep authorizeIngressRangeFromGroup(String groupId, String ports, String sourceGroupId, String region) {
        return aws(AwsCall.of("ec2", "authorize-security-group-ingress").with("--group-id", groupId).with("--protocol", "tcp")
                .with("--port", ports).with("--source-group", sourceGroupId).in(region));
    }

    public AwsStep setHealthCheckPath(String targetGroupArn, String path, String region) {
        return aws(AwsCall.of("elbv2", "modify-target-group").with("--target-group-arn", targetGroupArn)
                .with("--health-check-path", path).in(region)).changing(new PropertyChange(targetGroupArn, null, "HealthCheckPath", null, path));
    }

    // --- images ---

    /**
     * The image the task names is in another Region's registry. When the same repository and tag exist in the task's
     * Region, the fix is to point the task definition there; the copy steps (and create-repository, only when the
     * repository is known to be absent) come first only when the image is known to be missing there.
     */
    public List<Step> imageToTaskRegion(io.ecstriage.model.EcsTask task, io.ecstriage.model.EcsContainer container,
                                        Boolean repositoryThere, Boolean imageThere) {
        String region = task.region();
        String cluster = task.clusterArn() == null ? null : Arns.lastSegment(task.clusterArn());
        ImageRef image = container.imageRef();
        String target = image.inRegion(region);
        List<Step> out = new ArrayList<>();
        if (Boolean.FALSE.equals(imageThere) || Boolean.FALSE.equals(repositoryThere)) {
            if (Boolean.FALSE.equals(repositoryThere)) {
                out.add(aws(AwsCall.of("ecr", "create-repository").with("--repository-name", image.repository()).in(region))
                        .given(Precondition.verified("repository " + image.repository() + " is absent from " + region)));
            }
            out.addAll(copyImage(image, target, region));
        }
        TaskDefinitionChange repoint = TaskDefinitionChange.ofContainer(task.taskDefinitionRef(), container.name(), ".image = " + Jq.string(target),
                        cluster, task.serviceName(), region)
                .changing(new PropertyChange(task.taskDefinitionArn(), container.name(), "Image", container.image(), target));
        // after a copy the image is there by the plan's own steps, not by the evidence
        out.add(out.isEmpty() ? repoint.given(new Precondition("image " + image.repository() + ":" + image.tagOrLatest() + " exists in " + region, imageThere)) : repoint);
        return out;
    }

    /** Whether the repository exists in the Region: true when listed, false when a listing that would show it does not, else null. */
    public Boolean repositoryIn(String region, String repository, List<?> repositories, List<?> listings) {
        if (repositories.stream().map(io.ecstriage.model.EcrRepository.class::cast)
                .anyMatch(r -> region.equals(r.region()) && repository.equals(r.name()))) return true;
        return listings.stream().map(io.ecstriage.model.EcrListing.class::cast).anyMatch(l -> l.covers(region, repository)) ? false : null;
    }

    /** Whether the tag exists in the Region's repository: true when listed, false when a listing that would show it does not, else null. */
    public Boolean imageIn(String region, String repository, String tag, List<?> images, List<?> listings) {
        if (images.stream().map(io.ecstriage.model.EcrImage.class::cast)
                .anyMatch(i -> region.equals(i.region()) && repository.equals(i.repositoryName()) && i.tags().contains(tag))) return true;
        return listings.stream().map(io.ecstriage.model.EcrImageListing.class::cast)
                .anyMatch(l -> l.covers(region, repository, tag, null)) ? false : null;
    }

    private static List<Step> copyImage(ImageRef image, String target, String region) {
        return List.of(DockerStep.ecrLogin(image.registry(), image.ecrRegion()),
                DockerStep.of("pull", image.raw()),
                DockerStep.ecrLogin(image.ecrAccount() + ".dkr.ecr." + region + ".amazonaws.com", region),
                DockerStep.of("tag", image.raw(), target),
                DockerStep.of("push", target));
    }

    /**
     * Build the image for the task's platform and push exactly the reference the task uses, into a repository that
     * exists: create-repository first when the evidence says it is absent, never when it says it exists.
     */
    public List<Step> buildAndPush(ImageRef image, String platform, Boolean repositoryExists) {
        String registry = image.ecrAccount() + ".dkr.ecr." + image.ecrRegion() + ".amazonaws.com";
        String target = image.digest() != null && image.tag() == null ? registry + "/" + image.repository() + ":latest" : image.raw();
        List<Step> out = new ArrayList<>();
        if (Boolean.FALSE.equals(repositoryExists)) {
            out.add(aws(AwsCall.of("ecr", "create-repository").with("--repository-name", image.repository()).in(image.ecrRegion()))
                    .given(Precondition.verified("repository " + image.repository() + " is absent from " + image.ecrRegion())));
        }
        Precondition repo = new Precondition("repository " + image.repository() + " exists in " + image.ecrRegion(),
                repositoryExists == null ? null : true);
        out.add(DockerStep.ecrLogin(registry, image.ecrRegion()).given(repo));
        out.add(DockerStep.of("buildx", "build", "--platform", platform, "-t", target, "--push", ".").given(repo));
        return out;
    }

    /** Build and push an image that is not in ECR (docker logs in to that registry the usual way). */
    public DockerStep buildAndPushElsewhere(String image, String platform) {
        return DockerStep.of("buildx", "build", "--platform", platform, "-t", image, "--push", ".");
    }

    public AwsStep setImageTagImmutable(String repository, String region) {
        return aws(AwsCall.of("ecr", "put-image-tag-mutability").with("--repository-name", repository)
                .with("--image-tag-mutability", "IMMUTABLE").in(region));
    }

    /** A repository policy statement letting another account's tasks pull (set-repository-policy replaces the whole policy). */
    public AwsStep allowPullFromAccount(String repository, String account, String region) {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowPull" + account + "\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + account + ":root\"},\"Action\":[\"ecr:BatchGetImage\","
                + "\"ecr:GetDownloadUrlForLayer\",\"ecr:BatchCheckLayerAvailability\"]}]}";
        return aws(AwsCall.of("ecr", "set-repository-policy").with("--repository-name", repository).with("--policy-text", policy).in(region));
    }

    // --- task definitions ---

    /**
     * A new revision with one container changed by a jq expression, then (when known) the service moved to it; no fix
     * when the input lacks the container's name or its task definition (the filter could not name what it changes).
     */
    public TaskDefinitionChange newRevision(ContainerDefinition container, String jqChange, String cluster, String service, String region) {
        if (container.name() == null || container.taskDefinitionRef() == null) return null;
        return TaskDefinitionChange.ofContainer(container.taskDefinitionRef(), container.name(), jqChange, cluster, service, region);
    }

    /** A new revision with a task-level jq change (cpu, memory, runtimePlatform, executionRoleArn), then the service moved to it. */
    public TaskDefinitionChange newTaskRevision(String taskDefinitionRef, String jqChange, String cluster, String service, String region) {
        return TaskDefinitionChange.ofTask(taskDefinitionRef, jqChange, cluster, service, region);
    }

    /** A jq change that replaces the health check by one in Python, for images without curl. */
    public String pythonHealthCheck(ContainerDefinition c) {
        Integer port = c.healthCheck() == null ? null : c.healthCheck().probedPort();
        if (port == null && !c.containerPorts().isEmpty()) port = c.containerPorts().get(0);
        String path = c.healthCheck() == null || c.healthCheck().probedPath() == null ? "/" : c.healthCheck().probedPath();
        String probe = "python -c \"import urllib.request; urllib.request.urlopen('http://localhost:"
                + (port == null ? 8080 : port) + path + "')\" || exit 1";
        return ".healthCheck.command = [\"CMD-SHELL\", " + Jq.string(probe) + "]";
    }

    /**
     * The next valid Fargate size above the task's memory, with every container's own hard limit (`memory`) raised in
     * the same proportion: a container keeps being killed at its own limit whatever the task has. Empty off Fargate.
     */
    public List<Step> moreMemory(io.ecstriage.model.TaskDefinition td, io.ecstriage.model.EcsTask task) {
        FargateSizes.Size next = nextSize(td, task);
        if (next == null) return List.of();
        int mem = FargateSizes.memoryMiB(td.memory());
        String cluster = task.clusterArn() == null ? null : Arns.lastSegment(task.clusterArn());
        String edit = ".cpu = \"" + next.cpu() + "\" | .memory = \"" + next.memory() + "\""
                + " | .containerDefinitions |= map(if .memory != null then .memory = (.memory * " + next.memory() + " / " + mem
                + " | floor) else . end)";
        return List.of(TaskDefinitionChange.ofTask(td.ref(), edit, cluster, task.serviceName(), td.region())
                .changing(new PropertyChange(td.arn(), null, "Memory", td.memory(), String.valueOf(next.memory())))
                .given(Precondition.verified("the task runs on Fargate")));
    }

    public String moreMemoryNote(io.ecstriage.model.TaskDefinition td, io.ecstriage.model.EcsTask task) {
        FargateSizes.Size next = nextSize(td, task);
        if (next != null) return "next valid Fargate size: " + next + "; a container's own hard limit (memory) grows in the same proportion, its memoryReservation stays";
        Integer mem = FargateSizes.memoryMiB(td.memory());
        return "raise the memory of the task and the container's own hard limit (memory), if set" + (mem == null ? "" : ", e.g. to " + (mem * 2) + " MiB");
    }

    private static FargateSizes.Size nextSize(io.ecstriage.model.TaskDefinition td, io.ecstriage.model.EcsTask task) {
        boolean fargate = "FARGATE".equals(task.launchType()) || td.requiresCompatibilities().contains("FARGATE");
        Integer cpu = FargateSizes.cpuUnits(td.cpu());
        Integer mem = FargateSizes.memoryMiB(td.memory());
        return fargate && cpu != null && mem != null ? FargateSizes.nextLarger(cpu, mem) : null;
    }

    /** The command the user ran again with `option` set to `values`; null when it is no aws command line. */
    public AwsStep rerunWith(String command, String option, List<String> values) {
        AwsCall call = AwsCall.parse(command);
        return call == null ? null : aws(call.withAll(option, values));
    }

    public AwsStep rerunWith(AwsStep step, String option, List<String> values) {
        return step == null ? null : aws(step.call().withAll(option, values));
    }

    // --- URLs ---

    /**
     * The URL with the scheme the host is known to serve: https when its load balancer listens on HTTPS, http when its
     * listeners are known and none is HTTPS. Null when the evidence does not say, or when the app takes the scheme
     * from another variable of its own (it adds the scheme itself: a scheme in this value would double it).
     */
    public SchemeChoice scheme(EnvVariable v, List<?> loadBalancers, List<?> listeners, List<?> sameOwnerVariables) {
        List<Precondition> checks = new ArrayList<>();
        String schemeVariable = sameOwnerVariables.stream().map(EnvVariable.class::cast)
                .filter(o -> Objects.equals(o.container(), v.container()) && o.name() != null && o.name().matches("(?i).*(SCHEME|PROTOCOL|PROTO)$"))
                .map(o -> o.name() + "=" + o.value()).findFirst().orElse(null);
        checks.add(new Precondition("the app takes no scheme from another variable" + (schemeVariable == null ? "" : " (" + schemeVariable + ")"),
                schemeVariable == null));
        LoadBalancer lb = loadBalancers.stream().map(LoadBalancer.class::cast).filter(l -> v.host().equalsIgnoreCase(l.dnsName())).findFirst().orElse(null);
        List<Listener> its = lb == null ? List.of() : listeners.stream().map(Listener.class::cast)
                .filter(l -> Objects.equals(lb.arn(), l.loadBalancerArn())).toList();
        if (its.isEmpty()) {
            checks.add(Precondition.unknown("the scheme " + v.host() + " serves is known from its load balancer's listeners"));
            return new SchemeChoice(null, checks);
        }
        boolean https = its.stream().anyMatch(l -> l.port() == 443 || "HTTPS".equals(l.protocol()));
        checks.add(Precondition.verified("load balancer " + lb.name() + " listens on " + (https ? "HTTPS" : "HTTP only")));
        return new SchemeChoice((https ? "https://" : "http://") + v.value(), checks);
    }

    /** The URL to write, or null when it must not be written; with the checks behind it. */
    public record SchemeChoice(String url, List<Precondition> preconditions) {
        public SchemeChoice {
            preconditions = List.copyOf(preconditions);
        }

        boolean usable() {
            return url != null && preconditions.stream().noneMatch(p -> Boolean.FALSE.equals(p.holds()));
        }
    }

    /** The container's variable with its scheme, in a new revision; nothing when the scheme is not known. */
    public List<Step> urlInTaskDefinition(ContainerDefinition c, EnvVariable v, SchemeChoice choice) {
        if (!choice.usable() || c.name() == null || v.name() == null || c.taskDefinitionRef() == null) return List.of();
        TaskDefinitionChange change = newRevision(c, ".environment |= map(if .name == " + Jq.string(v.name()) + " then .value = "
                + Jq.string(choice.url()) + " else . end)", null, null, c.region())
                .changing(new PropertyChange(c.taskDefinitionArn(), c.name(), "Environment[?Name=='" + v.name() + "'].Value", v.value(), choice.url()));
        for (Precondition p : choice.preconditions()) change = change.given(p);
        return List.of(change);
    }

    /** The Amplify variable with its scheme (update-* replaces the whole set, so the others are repeated), then a release. */
    public List<Step> urlInAmplify(AmplifyBranch b, EnvVariable v, SchemeChoice choice) {
        if (!choice.usable()) return List.of();
        Map<String, String> env = new TreeMap<>(b.environment());
        env.put(v.name(), choice.url());
        String vars = env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        AwsCall update = b.branchName() == null
                ? AwsCall.of("amplify", "update-app").with("--app-id", b.appId()).with("--environment-variables", vars).in(b.region())
                : AwsCall.of("amplify", "update-branch").with("--app-id", b.appId()).with("--branch-name", b.branchName())
                        .with("--environment-variables", vars).in(b.region());
        AwsStep step = aws(update);
        for (Precondition p : choice.preconditions()) step = step.given(p);
        if (b.branchName() == null) return List.of(step);
        return List.of(step, aws(AwsCall.of("amplify", "start-job").with("--app-id", b.appId()).with("--branch-name", b.branchName())
                .with("--job-type", "RELEASE").in(b.region())));
    }

    // --- IAM ---

    /** Create the task execution role (trusting ecs-tasks) and give it the managed execution-role policy. */
    public List<Step> createExecutionRole(String roleName) {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\"}]}";
        return List.of(aws(AwsCall.of("iam", "create-role").with("--role-name", roleName).with("--assume-role-policy-document", trust)),
                attachExecutionPolicy(roleName));
    }

    /** AWSServiceRoleForECS, which ECS otherwise creates on first use. */
    public AwsStep createEcsServiceLinkedRole() {
        return aws(AwsCall.of("iam", "create-service-linked-role").with("--aws-service-name", "ecs.amazonaws.com"));
    }

    public AwsStep attachExecutionPolicy(String roleName) {
        return aws(AwsCall.of("iam", "attach-role-policy").with("--role-name", roleName).with("--policy-arn", EXECUTION_ROLE_POLICY));
    }

    /** The EC2 launch type's instance role: the agent registers, pulls from ECR and writes awslogs with it. */
    public AwsStep attachInstanceRolePolicy(String roleName) {
        return aws(AwsCall.of("iam", "attach-role-policy").with("--role-name", roleName)
                .with("--policy-arn", "arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"));
    }

    public AwsStep detachRolePolicy(String roleName, String policyArn) {
        return aws(AwsCall.of("iam", "detach-role-policy").with("--role-name", roleName).with("--policy-arn", policyArn));
    }

    /** The role name of a role ARN (arn:aws:iam::ACCOUNT:role/path/NAME). */
    public String roleName(String roleArn) {
        return Arns.lastSegment(roleArn);
    }

    /** The names of attached policies, for an evidence line. */
    public String policyNames(List<?> attached) {
        return attached.stream().map(p -> nameOf((io.ecstriage.model.IamAttachedPolicy) p)).sorted()
                .collect(Collectors.joining(", "));
    }

    /** A listed policy's name; a listing cut short may hold only its ARN, or neither. */
    private static String nameOf(io.ecstriage.model.IamAttachedPolicy p) {
        if (p.policyName() != null) return p.policyName();
        return p.policyArn() != null ? Arns.lastSegment(p.policyArn()) : "a policy listed without its name";
    }

    /**
     * An inline policy for the execution role covering exactly the secrets a task definition references (valueFrom:
     * Secrets Manager ARNs, with any JSON-key suffix cut, and SSM parameter ARNs or names), plus kms:Decrypt when asked.
     */
    public AwsStep allowSecretsFor(String roleName, Collection<String> valueFroms, String region, String account, boolean kms) {
        Set<String> asm = new TreeSet<>();
        Set<String> ssm = new TreeSet<>();
        for (String v : valueFroms) {
            if (v == null) continue;
            if (v.startsWith("arn:") && v.contains(":secretsmanager:")) {
                String[] p = v.split(":");
                asm.add(String.join(":", java.util.Arrays.copyOf(p, Math.min(p.length, 7))));
            } else if (v.startsWith("arn:")) {
                ssm.add(v);
            } else {
                ssm.add("arn:aws:ssm:" + region + ":" + account + ":parameter/" + (v.startsWith("/") ? v.substring(1) : v));
            }
        }
        List<String> statements = new ArrayList<>();
        if (!asm.isEmpty()) statements.add(statement("secretsmanager:GetSecretValue", asm));
        if (!ssm.isEmpty()) statements.add(statement("ssm:GetParameters", ssm));
        if (kms) {
            statements.add("{\"Effect\":\"Allow\",\"Action\":[\"kms:Decrypt\"],\"Resource\":[\"arn:aws:kms:" + region + ":" + account
                    + ":key/*\"],\"Condition\":{\"StringEquals\":{\"kms:ViaService\":[\"secretsmanager." + region
                    + ".amazonaws.com\",\"ssm." + region + ".amazonaws.com\"]}}}");
        }
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
        return aws(AwsCall.of("iam", "put-role-policy").with("--role-name", roleName).with("--policy-name", "ecs-task-secrets")
                .with("--policy-document", doc));
    }

    private static String statement(String action, Collection<String> resources) {
        return "{\"Effect\":\"Allow\",\"Action\":[\"" + action + "\"],\"Resource\":["
                + resources.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(",")) + "]}";
    }

    /** The SSM Session Manager channel permissions ECS Exec needs on the task role. */
    public AwsStep putExecPolicy(String roleName) {
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ssmmessages:CreateControlChannel\","
                + "\"ssmmessages:CreateDataChannel\",\"ssmmessages:OpenControlChannel\",\"ssmmessages:OpenDataChannel\"],\"Resource\":\"*\"}]}";
        return aws(AwsCall.of("iam", "put-role-policy").with("--role-name", roleName).with("--policy-name", "ecs-exec-ssmmessages")
                .with("--policy-document", doc));
    }

    // --- network: endpoints, routes, public IPs, DNS ---

    public List<Step> createSubnet(String vpcId, String cidr, String az, String routeTableId, String region) {
        List<Step> out = new ArrayList<>();
        out.add(aws(AwsCall.of("ec2", "create-subnet").with("--vpc-id", vpcId).with("--cidr-block", cidr)
                .with("--availability-zone", az).with("--query", "Subnet.SubnetId").with("--output", "text").in(region)).into("NEW_SUBNET"));
        out.add(aws(AwsCall.of("ec2", "modify-subnet-attribute").with("--subnet-id", "$NEW_SUBNET").flag("--map-public-ip-on-launch").in(region)));
        if (routeTableId != null) {
            out.add(aws(AwsCall.of("ec2", "associate-route-table").with("--route-table-id", routeTableId)
                    .with("--subnet-id", "$NEW_SUBNET").in(region)));
        }
        return out;
    }

    /** A security group for interface endpoints that admits HTTPS from the task's group; its id lands in $ENDPOINT_SG. */
    public List<Step> endpointSecurityGroup(String vpcId, String taskGroupId, String region) {
        return List.of(aws(AwsCall.of("ec2", "create-security-group").with("--group-name", "ecs-endpoints-" + vpcId)
                        .with("--description", "HTTPS from ECS tasks to VPC endpoints").with("--vpc-id", vpcId)
                        .with("--query", "GroupId").with("--output", "text").in(region)).into("ENDPOINT_SG"),
                authorizeIngressFromGroup("$ENDPOINT_SG", 443, taskGroupId, region));
    }

    /** The endpoints a task needs: interface ones in its subnets (private DNS on), s3 as a gateway on its route table. */
    public List<Step> createEndpoints(String vpcId, List<String> services, List<String> subnets, String routeTableId,
                                      String securityGroupRef, String region) {
        List<Step> out = new ArrayList<>();
        for (String svc : services) {
            if (svc.equals("s3")) {
                if (routeTableId != null) out.add(aws(AwsCall.of("ec2", "create-vpc-endpoint").with("--vpc-id", vpcId)
                        .with("--vpc-endpoint-type", "Gateway").with("--service-name", "com.amazonaws." + region + ".s3")
                        .with("--route-table-ids", routeTableId).in(region)));
                continue;
            }
            out.add(aws(AwsCall.of("ec2", "create-vpc-endpoint").with("--vpc-id", vpcId).with("--vpc-endpoint-type", "Interface")
                    .with("--service-name", "com.amazonaws." + region + "." + svc).withAll("--subnet-ids", subnets)
                    .with("--security-group-ids", securityGroupRef).flag("--private-dns-enabled").in(region)));
        }
        return out;
    }

    AwsStep createNatRoute(String routeTableId, String natGatewayId, String region) {
        return aws(AwsCall.of("ec2", "create-route").with("--route-table-id", routeTableId).with("--destination-cidr-block", "0.0.0.0/0")
                .with("--nat-gateway-id", natGatewayId).in(region));
    }

    /** A NAT gateway in a public subnet and the default route of the private route table through it. */
    List<Step> createNatGateway(String publicSubnetId, String routeTableId, String region) {
        return List.of(
                aws(AwsCall.of("ec2", "allocate-address").with("--domain", "vpc").with("--query", "AllocationId").with("--output", "text").in(region)).into("EIP"),
                aws(AwsCall.of("ec2", "create-nat-gateway").with("--subnet-id", publicSubnetId).with("--allocation-id", "$EIP")
                        .with("--query", "NatGateway.NatGatewayId").with("--output", "text").in(region)).into("NAT"),
                aws(AwsCall.of("ec2", "wait nat-gateway-available").with("--nat-gateway-ids", "$NAT").in(region)),
                createNatRoute(routeTableId, "$NAT", region));
    }

    /** update-service with a whole awsvpcConfiguration (the API replaces it, so every field is given). */
    public AwsStep updateServiceNetwork(String cluster, String service, List<String> subnets, List<String> groups,
                                        String assignPublicIp, String region) {
        String conf = "awsvpcConfiguration={subnets=[" + String.join(",", subnets) + "],securityGroups=["
                + String.join(",", groups) + "],assignPublicIp=" + assignPublicIp + "}";
        return aws(AwsCall.of("ecs", "update-service").with("--cluster", cluster).with("--service", service)
                .with("--network-configuration", conf).flag("--force-new-deployment").in(region));
    }

    private AwsStep enableVpcDns(String vpcId, boolean hostnames, String region) {
        return aws(AwsCall.of("ec2", "modify-vpc-attribute").with("--vpc-id", vpcId)
                .with(hostnames ? "--enable-dns-hostnames" : "--enable-dns-support", "{\"Value\":true}").in(region));
    }

    private AwsStep enableEndpointPrivateDns(String vpcEndpointId, String region) {
        return aws(AwsCall.of("ec2", "modify-vpc-endpoint").with("--vpc-endpoint-id", vpcEndpointId).flag("--private-dns-enabled").in(region));
    }

    /** Ingress on the port from the caller's own public address only. */
    public AwsStep authorizeIngressFromMyIp(String groupId, int port, String region) {
        return aws(AwsCall.of("ec2", "authorize-security-group-ingress").with("--group-id", groupId).with("--protocol", "tcp")
                .with("--port", port).with("--cidr", "$(curl -s https://checkip.amazonaws.com)/32").in(region));
    }

    /** Give isolated tasks a way out: the VPC's NAT gateway, else the endpoints they need, else a new NAT gateway. */
    public List<Step> egressFix(TaskEgress e) {
        if (e.routeTableId() != null && e.availableNatGateway() != null) return List.of(createNatRoute(e.routeTableId(), e.availableNatGateway(), e.region()));
        if (e.ecrImage() && !e.missingEndpoints().contains(TaskEgress.INTERNET) && e.vpcId() != null
                && e.firstSecurityGroup() != null && !e.missingEndpoints().isEmpty()) {
            List<Step> out = new ArrayList<>();
            if (e.missingEndpoints().stream().anyMatch(x -> !x.equals("s3"))) out.addAll(endpointSecurityGroup(e.vpcId(), e.firstSecurityGroup(), e.region()));
            out.addAll(createEndpoints(e.vpcId(), e.missingEndpoints(), e.serviceSubnets(), e.routeTableId(), "$ENDPOINT_SG", e.region()));
            return out;
        }
        if (e.publicSubnet() != null && e.routeTableId() != null) return createNatGateway(e.publicSubnet(), e.routeTableId(), e.region());
        return List.of();
    }

    /** HTTPS from the task's security group on every endpoint group that lacks it. */
    public List<Step> allowHttpsFromTasks(TaskEgress e) {
        if (e.firstSecurityGroup() == null) return List.of();
        return e.blockingGroups().stream().map(g -> (Step) authorizeIngressFromGroup(g, 443, e.firstSecurityGroup(), e.region())).toList();
    }

    /** Turn on what endpoint private DNS needs: both VPC DNS attributes and the endpoints' own private DNS. */
    public List<Step> dnsFixes(TaskEgress e) {
        List<Step> out = new ArrayList<>();
        if (Boolean.FALSE.equals(e.dnsSupport())) out.add(enableVpcDns(e.vpcId(), false, e.region()));
        if (Boolean.FALSE.equals(e.dnsHostnames())) out.add(enableVpcDns(e.vpcId(), true, e.region()));
        for (String ep : e.endpointsWithoutPrivateDns()) out.add(enableEndpointPrivateDns(ep.split(" ")[0], e.region()));
        return out;
    }

    /** Add a subnet of the same VPC in another zone (of the same public/private kind when known) to the service. */
    public AwsStep spreadOverZones(io.ecstriage.model.EcsService service, List<?> allSubnets) {
        List<Subnet> subnets = allSubnets.stream().map(Subnet.class::cast).toList();
        List<Subnet> mine = subnets.stream().filter(x -> service.subnets().contains(x.subnetId())).toList();
        if (mine.isEmpty() || service.assignPublicIp() == null) return null;
        Subnet first = mine.get(0);
        Set<String> zones = new HashSet<>();
        mine.forEach(x -> zones.add(x.availabilityZone()));
        Comparator<Subnet> sameKindFirst = Comparator.comparing(
                (Subnet x) -> !Objects.equals(x.mapPublicIpOnLaunch(), first.mapPublicIpOnLaunch())).thenComparing(Subnet::subnetId);
        return subnets.stream().filter(x -> Objects.equals(x.vpcId(), first.vpcId()) && x.availabilityZone() != null
                        && !zones.contains(x.availabilityZone()))
                .sorted(sameKindFirst).findFirst()
                .map(x -> {
                    List<String> ids = new ArrayList<>(service.subnets());
                    ids.add(x.subnetId());
                    return updateServiceNetwork(service.clusterName(), service.serviceName(), ids, service.securityGroups(),
                            service.assignPublicIp(), service.region());
                }).orElse(null);
    }

    /**
     * Close `port` of the task's group to the world without closing it to the load balancer: admit the load
     * balancer's group first (unless a rule already does), then revoke the world rules. Nothing to run when no load
     * balancer fronts the service (the task is meant to be public: only the clients' ranges can replace the rule) or
     * when the fronting load balancer's groups are not in the evidence (the revoke alone would cut it off).
     */
    public List<Step> closeWorldIngress(SecurityGroup sg, int port, boolean fronted, List<?> paths) {
        if (!fronted) return List.of();
        Set<String> lbGroups = new TreeSet<>();
        for (Object o : paths) lbGroups.addAll(((io.ecstriage.model.TrafficPath) o).lbSecurityGroups());
        if (lbGroups.isEmpty()) return List.of();
        List<Step> out = new ArrayList<>();
        Precondition known = Precondition.verified("the load balancer's security groups are known (" + String.join(", ", lbGroups) + ")");
        SecurityGroupRule admitted = sg.ingressAllowing(port, lbGroups, List.of()).orElse(null);
        String lbGroup = lbGroups.iterator().next();
        if (admitted == null) out.add(authorizeIngressFromGroup(sg.groupId(), port, lbGroup, sg.region()).given(known));
        Precondition first = Precondition.verified("tcp " + port + " is admitted from the load balancer's group "
                + (admitted == null ? lbGroup + " by the step before" : admitted.sourceGroupIds().stream().filter(lbGroups::contains).findFirst().orElse(lbGroup)));
        for (Step revoke : revokeWorldIngress(sg, port)) out.add(((AwsStep) revoke).given(known).given(first));
        return out;
    }

    /** Revoke exactly the rules that open `port` to 0.0.0.0/0 (a revoke must name the rule as it was written). */
    private static List<Step> revokeWorldIngress(SecurityGroup sg, int port) {
        List<Step> out = new ArrayList<>();
        for (SecurityGroupRule r : sg.ingress()) {
            if (!r.coversTcp(port) || !r.cidrs().contains("0.0.0.0/0")) continue;
            AwsCall c = AwsCall.of("ec2", "revoke-security-group-ingress").with("--group-id", sg.groupId());
            if ("-1".equals(r.protocol())) c = c.with("--protocol", "all");
            else c = c.with("--protocol", r.protocol()).with("--port", Objects.equals(r.fromPort(), r.toPort()) ? String.valueOf(r.fromPort()) : r.fromPort() + "-" + r.toPort());
            out.add(aws(c.with("--cidr", "0.0.0.0/0").in(sg.region())));
        }
        return out;
    }

    // --- load balancing, exec ---

    /** A listener that forwards to the target group, so the group gets its load balancer before a service uses it. */
    public AwsStep createListener(String loadBalancerArn, String targetGroupArn, int port, String protocol, String region) {
        return aws(AwsCall.of("elbv2", "create-listener").with("--load-balancer-arn", loadBalancerArn).with("--protocol", protocol)
                .with("--port", port).with("--default-actions", "Type=forward,TargetGroupArn=" + targetGroupArn).in(region));
    }

    /** Point the service's load balancer entry at the container's real port (needs a new deployment). */
    public AwsStep updateServiceLoadBalancer(String cluster, String service, String targetGroupArn, String container, int port,
                                             String region) {
        return aws(AwsCall.of("ecs", "update-service").with("--cluster", cluster).with("--service", service)
                .with("--load-balancers", "targetGroupArn=" + targetGroupArn + ",containerName=" + container + ",containerPort=" + port)
                .flag("--force-new-deployment").in(region));
    }

    public AwsStep setHealthCheckPort(String targetGroupArn, String port, String region) {
        return aws(AwsCall.of("elbv2", "modify-target-group").with("--target-group-arn", targetGroupArn)
                .with("--health-check-port", port).in(region)).changing(new PropertyChange(targetGroupArn, null, "HealthCheckPort", null, port));
    }

    /** Wait until the load balancer is active, then request it: its DNS name answers once propagated. */
    public List<Step> waitForLoadBalancer(String loadBalancerArn, String dnsName, String region) {
        return List.of(aws(AwsCall.of("elbv2", "wait load-balancer-available").with("--load-balancer-arns", loadBalancerArn).in(region)),
                CurlStep.of("http://" + dnsName + "/"));
    }

    public AwsStep enableExecuteCommand(String cluster, String service, String region) {
        return aws(AwsCall.of("ecs", "update-service").with("--cluster", cluster).with("--service", service)
                .flag("--enable-execute-command").flag("--force-new-deployment").in(region));
    }
}
