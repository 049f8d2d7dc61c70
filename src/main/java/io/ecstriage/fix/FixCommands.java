package io.ecstriage.fix;

import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.ImageRef;
import java.util.List;

/** The fix commands the rules print, filled with real ids (a DRL global). Nothing here runs them. */
public final class FixCommands {

    public String createLogGroup(String group, String region) {
        return Cmd.aws("logs", "create-log-group").opt("--log-group-name", group).region(region);
    }

    public String authorizeIngressFromGroup(String groupId, int port, String sourceGroupId, String region) {
        return Cmd.aws("ec2", "authorize-security-group-ingress").opt("--group-id", groupId).opt("--protocol", "tcp")
                .opt("--port", port).opt("--source-group", sourceGroupId).region(region);
    }

    public String setHealthCheckPath(String targetGroupArn, String path, String region) {
        return Cmd.aws("elbv2", "modify-target-group").opt("--target-group-arn", targetGroupArn)
                .opt("--health-check-path", path).region(region);
    }

    /** Create the repository in the task's region and push the same image there. */
    public List<String> copyImageToRegion(ImageRef image, String region) {
        String target = image.inRegion(region);
        String registry = image.ecrAccount() + ".dkr.ecr." + region + ".amazonaws.com";
        return List.of(
                Cmd.aws("ecr", "create-repository").opt("--repository-name", image.repository()).region(region),
                Cmd.aws("ecr", "get-login-password").region(region) + " | docker login --username AWS --password-stdin " + Shell.quote(registry),
                "docker pull " + Shell.quote(image.raw()),
                "docker tag " + Shell.quote(image.raw()) + " " + Shell.quote(target),
                "docker push " + Shell.quote(target));
    }

    /**
     * A new task definition revision with one container changed by a jq filter, then the service moved to it.
     * The read-only fields describe-task-definition returns are dropped so register accepts the file.
     */
    public List<String> newRevision(ContainerDefinition container, String jqChange, String cluster, String service,
                                    String region) {
        String filter = ".containerDefinitions |= map(if .name == \"" + container.name() + "\" then " + jqChange
                + " else . end) | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities,"
                + " .registeredAt, .registeredBy, .deregisteredAt)";
        String describe = Cmd.aws("ecs", "describe-task-definition").opt("--task-definition", container.taskDefinitionRef())
                .opt("--query", "taskDefinition").opt("--output", "json").region(region);
        String register = Cmd.aws("ecs", "register-task-definition").opt("--cli-input-json", "file://taskdef.json").region(region);
        if (cluster == null || service == null) {
            return List.of(describe + " | jq " + Shell.quote(filter) + " > taskdef.json", register);
        }
        return List.of(describe + " | jq " + Shell.quote(filter) + " > taskdef.json", register,
                Cmd.aws("ecs", "update-service").opt("--cluster", cluster).opt("--service", service)
                        .opt("--task-definition", container.family()).region(region));
    }

    /** A jq change that replaces the health check by one in Python, for images without curl. */
    public String pythonHealthCheck(ContainerDefinition c) {
        Integer port = c.healthCheck() == null ? null : c.healthCheck().probedPort();
        if (port == null && !c.containerPorts().isEmpty()) port = c.containerPorts().get(0);
        String path = c.healthCheck() == null || c.healthCheck().probedPath() == null ? "/" : c.healthCheck().probedPath();
        String probe = "python -c \\\"import urllib.request; urllib.request.urlopen('http://localhost:"
                + (port == null ? 8080 : port) + path + "')\\\" || exit 1";
        return ".healthCheck.command = [\"CMD-SHELL\", \"" + probe + "\"]";
    }

    public String setGracePeriod(String cluster, String service, int seconds, String region) {
        return Cmd.aws("ecs", "update-service").opt("--cluster", cluster).opt("--service", service)
                .opt("--health-check-grace-period-seconds", seconds).region(region);
    }

    public List<String> createSubnet(String vpcId, String cidr, String az, String routeTableId, String region) {
        String create = Cmd.aws("ec2", "create-subnet").opt("--vpc-id", vpcId).opt("--cidr-block", cidr)
                .opt("--availability-zone", az).opt("--query", "Subnet.SubnetId").opt("--output", "text").region(region);
        String publicIp = Cmd.aws("ec2", "modify-subnet-attribute").opt("--subnet-id", "$NEW_SUBNET")
                .flag("--map-public-ip-on-launch").region(region).replace("'$NEW_SUBNET'", "\"$NEW_SUBNET\"");
        if (routeTableId == null) return List.of("NEW_SUBNET=$(" + create + ")", publicIp);
        String associate = Cmd.aws("ec2", "associate-route-table").opt("--route-table-id", routeTableId)
                .opt("--subnet-id", "$NEW_SUBNET").region(region).replace("'$NEW_SUBNET'", "\"$NEW_SUBNET\"");
        return List.of("NEW_SUBNET=$(" + create + ")", publicIp, associate);
    }

    public String amplifyBranchEnv(String appId, String branch, java.util.Map<String, String> env, String region) {
        StringBuilder vars = new StringBuilder();
        new java.util.TreeMap<>(env).forEach((k, v) -> vars.append(vars.length() > 0 ? "," : "").append(k).append('=').append(v));
        return Cmd.aws("amplify", "update-branch").opt("--app-id", appId).opt("--branch-name", branch)
                .opt("--environment-variables", vars.toString()).region(region);
    }

    public String amplifyAppEnv(String appId, java.util.Map<String, String> env, String region) {
        StringBuilder vars = new StringBuilder();
        new java.util.TreeMap<>(env).forEach((k, v) -> vars.append(vars.length() > 0 ? "," : "").append(k).append('=').append(v));
        return Cmd.aws("amplify", "update-app").opt("--app-id", appId).opt("--environment-variables", vars.toString()).region(region);
    }

    /** The value with its scheme: https when the host is a load balancer with an HTTPS listener. */
    public String fullUrl(String bareValue, boolean https) {
        return (https ? "https://" : "http://") + bareValue;
    }

    public boolean servesHttps(String host, List<?> loadBalancers, List<?> httpsListeners) {
        for (Object o : loadBalancers) {
            io.ecstriage.model.LoadBalancer lb = (io.ecstriage.model.LoadBalancer) o;
            if (!host.equalsIgnoreCase(lb.dnsName())) continue;
            for (Object l : httpsListeners) {
                if (lb.arn() != null && lb.arn().equals(((io.ecstriage.model.Listener) l).loadBalancerArn())) return true;
            }
        }
        return false;
    }

    public String amplifyRedeploy(String appId, String branch, String region) {
        return Cmd.aws("amplify", "start-job").opt("--app-id", appId).opt("--branch-name", branch)
                .opt("--job-type", "RELEASE").region(region);
    }

    // --- task definition, image and IAM fixes of the tier-2 rules (rules-a) ---

    /** A new revision with a task-level jq change (cpu, memory, runtimePlatform, executionRoleArn), then the service moved to it. */
    public List<String> newTaskRevision(String taskDefinitionRef, String jqChange, String cluster, String service, String region) {
        String filter = jqChange + " | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities,"
                + " .registeredAt, .registeredBy, .deregisteredAt)";
        String describe = Cmd.aws("ecs", "describe-task-definition").opt("--task-definition", taskDefinitionRef)
                .opt("--query", "taskDefinition").opt("--output", "json").region(region);
        String register = Cmd.aws("ecs", "register-task-definition").opt("--cli-input-json", "file://taskdef.json").region(region);
        List<String> out = new java.util.ArrayList<>(List.of(describe + " | jq " + Shell.quote(filter) + " > taskdef.json", register));
        if (cluster != null && service != null) {
            out.add(Cmd.aws("ecs", "update-service").opt("--cluster", cluster).opt("--service", service)
                    .opt("--task-definition", io.ecstriage.model.Arns.taskDefinitionFamily(taskDefinitionRef)).region(region));
        }
        return List.copyOf(out);
    }

    /** A revision with another task size (CPU units and MiB, as strings the way the API returns them). */
    public List<String> resizeTask(String taskDefinitionRef, FargateSizes.Size size, String cluster, String service, String region) {
        return newTaskRevision(taskDefinitionRef, ".cpu = \"" + size.cpu() + "\" | .memory = \"" + size.memory() + "\"", cluster, service, region);
    }

    public static final String EXECUTION_ROLE_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

    /** Create the task execution role (trusting ecs-tasks) and give it the managed execution-role policy. */
    public List<String> createExecutionRole(String roleName) {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\"}]}";
        return List.of(Cmd.aws("iam", "create-role").opt("--role-name", roleName).opt("--assume-role-policy-document", trust).toString(),
                attachExecutionPolicy(roleName));
    }

    public String attachExecutionPolicy(String roleName) {
        return Cmd.aws("iam", "attach-role-policy").opt("--role-name", roleName).opt("--policy-arn", EXECUTION_ROLE_POLICY).toString();
    }

    /** The role name of a role ARN (arn:aws:iam::ACCOUNT:role/path/NAME). */
    public String roleName(String roleArn) {
        return io.ecstriage.model.Arns.lastSegment(roleArn);
    }

    /** An inline policy letting the execution role read exactly the secrets the task definition references. */
    public String allowSecrets(String roleName, List<String> actions, List<String> resources) {
        StringBuilder doc = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[");
        for (int i = 0; i < actions.size(); i++) doc.append(i > 0 ? "," : "").append('"').append(actions.get(i)).append('"');
        doc.append("],\"Resource\":[");
        for (int i = 0; i < resources.size(); i++) doc.append(i > 0 ? "," : "").append('"').append(resources.get(i)).append('"');
        doc.append("]}]}");
        return Cmd.aws("iam", "put-role-policy").opt("--role-name", roleName).opt("--policy-name", "ecs-task-secrets")
                .opt("--policy-document", doc.toString()).toString();
    }

    /** Log in to the image's registry, build it for the task's platform and push exactly the reference the task uses. */
    public List<String> buildAndPush(io.ecstriage.model.ImageRef image, String platform) {
        String registry = image.ecrAccount() + ".dkr.ecr." + image.ecrRegion() + ".amazonaws.com";
        String target = image.digest() != null && image.tag() == null ? registry + "/" + image.repository() + ":latest" : image.raw();
        return List.of(Cmd.aws("ecr", "get-login-password").region(image.ecrRegion()) + " | docker login --username AWS --password-stdin "
                        + Shell.quote(registry),
                "docker buildx build --platform " + Shell.quote(platform) + " -t " + Shell.quote(target) + " --push .");
    }

    /** A repository policy statement letting another account's tasks pull (set-repository-policy replaces the whole policy). */
    public String allowPullFromAccount(String repository, String account, String region) {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowPull" + account + "\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + account + ":root\"},\"Action\":[\"ecr:BatchGetImage\","
                + "\"ecr:GetDownloadUrlForLayer\",\"ecr:BatchCheckLayerAvailability\"]}]}";
        return Cmd.aws("ecr", "set-repository-policy").opt("--repository-name", repository).opt("--policy-text", policy).region(region);
    }

    /** The command the user ran again, from `aws` on, with `option` set to `values` (a later option wins in the AWS CLI). */
    public String rerunWith(String command, String option, List<String> values) {
        String c = command.replace("\\\n", " ").replaceAll("\\s+", " ").trim();
        int aws = c.indexOf("aws ");
        if (aws > 0) c = c.substring(aws);
        StringBuilder out = new StringBuilder(c).append(' ').append(option);
        for (String v : values) out.append(' ').append(Shell.quote(v));
        return out.toString();
    }

    /** A listener that forwards to the target group, so the group gets its load balancer before a service uses it. */
    public String createListener(String loadBalancerArn, String targetGroupArn, int port, String protocol, String region) {
        return Cmd.aws("elbv2", "create-listener").opt("--load-balancer-arn", loadBalancerArn).opt("--protocol", protocol)
                .opt("--port", port).opt("--default-actions", "Type=forward,TargetGroupArn=" + targetGroupArn).region(region);
    }

    /**
     * An inline policy for the execution role covering exactly the secrets a task definition references (valueFrom:
     * Secrets Manager ARNs, with any JSON-key suffix cut, and SSM parameter ARNs or names), plus kms:Decrypt when asked.
     */
    public String allowSecretsFor(String roleName, java.util.Collection<String> valueFroms, String region, String account, boolean kms) {
        java.util.Set<String> asm = new java.util.TreeSet<>();
        java.util.Set<String> ssm = new java.util.TreeSet<>();
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
        StringBuilder doc = new StringBuilder("{\"Version\":\"2012-10-17\",\"Statement\":[");
        java.util.List<String> statements = new java.util.ArrayList<>();
        if (!asm.isEmpty()) statements.add(statement("secretsmanager:GetSecretValue", asm));
        if (!ssm.isEmpty()) statements.add(statement("ssm:GetParameters", ssm));
        if (kms) {
            statements.add("{\"Effect\":\"Allow\",\"Action\":[\"kms:Decrypt\"],\"Resource\":[\"arn:aws:kms:" + region + ":" + account
                    + ":key/*\"],\"Condition\":{\"StringEquals\":{\"kms:ViaService\":[\"secretsmanager." + region
                    + ".amazonaws.com\",\"ssm." + region + ".amazonaws.com\"]}}}");
        }
        doc.append(String.join(",", statements)).append("]}");
        return Cmd.aws("iam", "put-role-policy").opt("--role-name", roleName).opt("--policy-name", "ecs-task-secrets")
                .opt("--policy-document", doc.toString()).toString();
    }

    private static String statement(String action, java.util.Collection<String> resources) {
        StringBuilder s = new StringBuilder("{\"Effect\":\"Allow\",\"Action\":[\"" + action + "\"],\"Resource\":[");
        int i = 0;
        for (String r : resources) s.append(i++ > 0 ? "," : "").append('"').append(r).append('"');
        return s.append("]}").toString();
    }

    /** The next valid Fargate size above the task's memory, as a revision and a service update (empty off Fargate). */
    public List<String> moreMemory(io.ecstriage.model.TaskDefinition td, io.ecstriage.model.EcsTask task) {
        FargateSizes.Size next = nextSize(td, task);
        if (next == null) return List.of();
        String cluster = task.clusterArn() == null ? null : io.ecstriage.model.Arns.lastSegment(task.clusterArn());
        return resizeTask(td.ref(), next, cluster, task.serviceName(), td.region());
    }

    public String moreMemoryNote(io.ecstriage.model.TaskDefinition td, io.ecstriage.model.EcsTask task) {
        FargateSizes.Size next = nextSize(td, task);
        if (next != null) return "next valid Fargate size: " + next + "; if a container sets its own memory limit, raise that too";
        Integer mem = FargateSizes.memoryMiB(td.memory());
        return "raise the memory of the task (and of the container's own memory limit, if set)" + (mem == null ? "" : ", e.g. to " + (mem * 2) + " MiB");
    }

    private static FargateSizes.Size nextSize(io.ecstriage.model.TaskDefinition td, io.ecstriage.model.EcsTask task) {
        boolean fargate = "FARGATE".equals(task.launchType()) || td.requiresCompatibilities().contains("FARGATE");
        Integer cpu = FargateSizes.cpuUnits(td.cpu());
        Integer mem = FargateSizes.memoryMiB(td.memory());
        return fargate && cpu != null && mem != null ? FargateSizes.nextLarger(cpu, mem) : null;
    }

    // --- network: endpoints, routes, public IPs, DNS (rules/network) ---

    /** A security group for interface endpoints that admits HTTPS from the task's group; its id lands in $ENDPOINT_SG. */
    public List<String> endpointSecurityGroup(String vpcId, String taskGroupId, String region) {
        String create = "ENDPOINT_SG=$(" + Cmd.aws("ec2", "create-security-group").opt("--group-name", "ecs-endpoints-" + vpcId)
                .opt("--description", "HTTPS from ECS tasks to VPC endpoints").opt("--vpc-id", vpcId)
                .opt("--query", "GroupId").opt("--output", "text").region(region) + ")";
        String allow = Cmd.aws("ec2", "authorize-security-group-ingress").opt("--group-id", "$ENDPOINT_SG").opt("--protocol", "tcp")
                .opt("--port", 443).opt("--source-group", taskGroupId).region(region).replace("'$ENDPOINT_SG'", "\"$ENDPOINT_SG\"");
        return List.of(create, allow);
    }

    /** The endpoints a task needs: interface ones in its subnets (private DNS on), s3 as a gateway on its route table. */
    public List<String> createEndpoints(String vpcId, List<String> services, List<String> subnets, String routeTableId,
                                        String securityGroupRef, String region) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String svc : services) {
            if (svc.equals("s3")) {
                if (routeTableId != null) out.add(Cmd.aws("ec2", "create-vpc-endpoint").opt("--vpc-id", vpcId)
                        .opt("--vpc-endpoint-type", "Gateway").opt("--service-name", "com.amazonaws." + region + ".s3")
                        .opt("--route-table-ids", routeTableId).region(region));
                continue;
            }
            Cmd c = Cmd.aws("ec2", "create-vpc-endpoint").opt("--vpc-id", vpcId).opt("--vpc-endpoint-type", "Interface")
                    .opt("--service-name", "com.amazonaws." + region + "." + svc).flag("--subnet-ids");
            for (String s : subnets) c.arg(s);
            c.flag("--security-group-ids").arg(securityGroupRef).flag("--private-dns-enabled");
            out.add(c.region(region).replace("'$ENDPOINT_SG'", "\"$ENDPOINT_SG\""));
        }
        return out;
    }

    public String createNatRoute(String routeTableId, String natGatewayId, String region) {
        return Cmd.aws("ec2", "create-route").opt("--route-table-id", routeTableId).opt("--destination-cidr-block", "0.0.0.0/0")
                .opt("--nat-gateway-id", natGatewayId).region(region);
    }

    /** A NAT gateway in a public subnet and the default route of the private route table through it. */
    public List<String> createNatGateway(String publicSubnetId, String routeTableId, String region) {
        String eip = "EIP=$(" + Cmd.aws("ec2", "allocate-address").opt("--domain", "vpc").opt("--query", "AllocationId")
                .opt("--output", "text").region(region) + ")";
        String nat = "NAT=$(" + Cmd.aws("ec2", "create-nat-gateway").opt("--subnet-id", publicSubnetId).opt("--allocation-id", "$EIP")
                .opt("--query", "NatGateway.NatGatewayId").opt("--output", "text").region(region).replace("'$EIP'", "\"$EIP\"") + ")";
        String wait = Cmd.raw("aws ec2 wait nat-gateway-available").opt("--nat-gateway-ids", "$NAT").region(region)
                .replace("'$NAT'", "\"$NAT\"");
        return List.of(eip, nat, wait, createNatRoute(routeTableId, "$NAT", region).replace("'$NAT'", "\"$NAT\""));
    }

    /** update-service with a whole awsvpcConfiguration (the API replaces it, so every field is given). */
    public String updateServiceNetwork(String cluster, String service, List<String> subnets, List<String> groups,
                                       String assignPublicIp, String region) {
        String conf = "awsvpcConfiguration={subnets=[" + String.join(",", subnets) + "],securityGroups=["
                + String.join(",", groups) + "],assignPublicIp=" + assignPublicIp + "}";
        return Cmd.aws("ecs", "update-service").opt("--cluster", cluster).opt("--service", service)
                .opt("--network-configuration", conf).flag("--force-new-deployment").region(region);
    }

    public String enableVpcDns(String vpcId, boolean hostnames, String region) {
        return Cmd.aws("ec2", "modify-vpc-attribute").opt("--vpc-id", vpcId)
                .opt(hostnames ? "--enable-dns-hostnames" : "--enable-dns-support", "{\"Value\":true}").region(region);
    }

    public String enableEndpointPrivateDns(String vpcEndpointId, String region) {
        return Cmd.aws("ec2", "modify-vpc-endpoint").opt("--vpc-endpoint-id", vpcEndpointId).flag("--private-dns-enabled").region(region);
    }

    /** Ingress on the port from the caller's own public address only. */
    public String authorizeIngressFromMyIp(String groupId, int port, String region) {
        return Cmd.aws("ec2", "authorize-security-group-ingress").opt("--group-id", groupId).opt("--protocol", "tcp")
                .opt("--port", port).opt("--cidr", "$(curl -s https://checkip.amazonaws.com)/32").region(region)
                .replace("'$(curl -s https://checkip.amazonaws.com)/32'", "\"$(curl -s https://checkip.amazonaws.com)/32\"");
    }

    // --- load balancing, exec, hygiene ---

    /** Point the service's load balancer entry at the container's real port (needs a new deployment). */
    public String updateServiceLoadBalancer(String cluster, String service, String targetGroupArn, String container, int port,
                                            String region) {
        return Cmd.aws("ecs", "update-service").opt("--cluster", cluster).opt("--service", service)
                .opt("--load-balancers", "targetGroupArn=" + targetGroupArn + ",containerName=" + container + ",containerPort=" + port)
                .flag("--force-new-deployment").region(region);
    }

    public String setHealthCheckPort(String targetGroupArn, String port, String region) {
        return Cmd.aws("elbv2", "modify-target-group").opt("--target-group-arn", targetGroupArn)
                .opt("--health-check-port", port).region(region);
    }

    public String enableExecuteCommand(String cluster, String service, String region) {
        return Cmd.aws("ecs", "update-service").opt("--cluster", cluster).opt("--service", service)
                .flag("--enable-execute-command").flag("--force-new-deployment").region(region);
    }

    /** The SSM Session Manager channel permissions ECS Exec needs on the task role. */
    public String putExecPolicy(String roleName) {
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ssmmessages:CreateControlChannel\","
                + "\"ssmmessages:CreateDataChannel\",\"ssmmessages:OpenControlChannel\",\"ssmmessages:OpenDataChannel\"],\"Resource\":\"*\"}]}";
        return Cmd.aws("iam", "put-role-policy").opt("--role-name", roleName).opt("--policy-name", "ecs-exec-ssmmessages")
                .opt("--policy-document", doc).toString();
    }

    public String detachRolePolicy(String roleName, String policyArn) {
        return Cmd.aws("iam", "detach-role-policy").opt("--role-name", roleName).opt("--policy-arn", policyArn).toString();
    }

    public String setImageTagImmutable(String repository, String region) {
        return Cmd.aws("ecr", "put-image-tag-mutability").opt("--repository-name", repository)
                .opt("--image-tag-mutability", "IMMUTABLE").region(region);
    }

    /** Give isolated tasks a way out: the VPC's NAT gateway, else the endpoints they need, else a new NAT gateway. */
    public List<String> egressFix(io.ecstriage.model.TaskEgress e) {
        if (e.routeTableId() != null && e.availableNatGateway() != null) return List.of(createNatRoute(e.routeTableId(), e.availableNatGateway(), e.region()));
        if (e.ecrImage() && !e.missingEndpoints().contains(io.ecstriage.model.TaskEgress.INTERNET) && e.vpcId() != null
                && e.firstSecurityGroup() != null && !e.missingEndpoints().isEmpty()) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            if (e.missingEndpoints().stream().anyMatch(x -> !x.equals("s3"))) out.addAll(endpointSecurityGroup(e.vpcId(), e.firstSecurityGroup(), e.region()));
            out.addAll(createEndpoints(e.vpcId(), e.missingEndpoints(), e.serviceSubnets(), e.routeTableId(), "$ENDPOINT_SG", e.region()));
            return out;
        }
        if (e.publicSubnet() != null && e.routeTableId() != null) return createNatGateway(e.publicSubnet(), e.routeTableId(), e.region());
        return List.of();
    }

    /** HTTPS from the task's security group on every endpoint group that lacks it. */
    public List<String> allowHttpsFromTasks(io.ecstriage.model.TaskEgress e) {
        if (e.firstSecurityGroup() == null) return List.of();
        return e.blockingGroups().stream().map(g -> authorizeIngressFromGroup(g, 443, e.firstSecurityGroup(), e.region())).toList();
    }

    /** Turn on what endpoint private DNS needs: both VPC DNS attributes and the endpoints' own private DNS. */
    public List<String> dnsFixes(io.ecstriage.model.TaskEgress e) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (Boolean.FALSE.equals(e.dnsSupport())) out.add(enableVpcDns(e.vpcId(), false, e.region()));
        if (Boolean.FALSE.equals(e.dnsHostnames())) out.add(enableVpcDns(e.vpcId(), true, e.region()));
        for (String ep : e.endpointsWithoutPrivateDns()) out.add(enableEndpointPrivateDns(ep.split(" ")[0], e.region()));
        return out;
    }

    /** Add a subnet of the same VPC in another zone (of the same public/private kind when known) to the service. */
    public String spreadOverZones(io.ecstriage.model.EcsService service, List<?> allSubnets) {
        List<io.ecstriage.model.Subnet> subnets = allSubnets.stream().map(io.ecstriage.model.Subnet.class::cast).toList();
        List<io.ecstriage.model.Subnet> mine = subnets.stream().filter(x -> service.subnets().contains(x.subnetId())).toList();
        if (mine.isEmpty() || service.assignPublicIp() == null) return null;
        io.ecstriage.model.Subnet first = mine.get(0);
        java.util.Set<String> zones = new java.util.HashSet<>();
        mine.forEach(x -> zones.add(x.availabilityZone()));
        java.util.Comparator<io.ecstriage.model.Subnet> sameKindFirst = java.util.Comparator.comparing(
                (io.ecstriage.model.Subnet x) -> !java.util.Objects.equals(x.mapPublicIpOnLaunch(), first.mapPublicIpOnLaunch()))
                .thenComparing(io.ecstriage.model.Subnet::subnetId);
        return subnets.stream().filter(x -> java.util.Objects.equals(x.vpcId(), first.vpcId()) && x.availabilityZone() != null
                        && !zones.contains(x.availabilityZone()))
                .sorted(sameKindFirst).findFirst()
                .map(x -> {
                    List<String> ids = new java.util.ArrayList<>(service.subnets());
                    ids.add(x.subnetId());
                    return updateServiceNetwork(service.clusterName(), service.serviceName(), ids, service.securityGroups(),
                            service.assignPublicIp(), service.region());
                }).orElse(null);
    }

    /** Revoke exactly the rules that open `port` to 0.0.0.0/0 (a revoke must name the rule as it was written). */
    public List<String> revokeWorldIngress(io.ecstriage.model.SecurityGroup sg, int port) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (io.ecstriage.model.SecurityGroupRule r : sg.ingress()) {
            if (!r.coversTcp(port) || !r.cidrs().contains("0.0.0.0/0")) continue;
            Cmd c = Cmd.aws("ec2", "revoke-security-group-ingress").opt("--group-id", sg.groupId());
            if ("-1".equals(r.protocol())) c.opt("--protocol", "all");
            else c.opt("--protocol", r.protocol()).opt("--port", java.util.Objects.equals(r.fromPort(), r.toPort()) ? String.valueOf(r.fromPort()) : r.fromPort() + "-" + r.toPort());
            out.add(c.opt("--cidr", "0.0.0.0/0").region(sg.region()));
        }
        return out;
    }

    /** The names of attached policies, for an evidence line. */
    public String policyNames(List<?> attached) {
        return attached.stream().map(p -> ((io.ecstriage.model.IamAttachedPolicy) p).policyName()).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
