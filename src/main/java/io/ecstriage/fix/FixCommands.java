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
}
