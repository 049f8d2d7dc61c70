package io.ecstriage.finding.differential;

import static io.ecstriage.model.ErrorTexts.DENIED_BY;
import static io.ecstriage.model.ErrorTexts.REFUSED_ELSEWHERE;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.Checks;
import io.ecstriage.finding.check.Identifiers;
import io.ecstriage.model.ImageRef;
import io.ecstriage.model.NetworkTexts;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Every failure symptom the tool recognises, with the causes that produce it and their prior weights. Priors are
 * relative within a family (they are normalised) and come from two sources, cited per candidate: how often the
 * error-text corpus (../shared/corpus/error-texts.md, ids like A002) attributes the text to that cause, and the causes
 * AWS's troubleshooting pages list for it ("Amazon ECS stopped task error messages", "Troubleshoot service load
 * balancers", "Cannot pull container image errors", "CloudWatch Logs / awslogs", "Service event messages").
 * Families are tried in order; a text can belong to several (a service event quoting an unhealthy target and a
 * stopped task). The families of a request AWS refused outright (a cluster not found, refused credentials, an invalid parameter) are {@link RequestFamilies}.
 */
public final class SymptomFamilies {

    /** A recognised kind of symptom: what its text says (normalised, lower case) and what may cause it. */
    public record Family(String id, String label, Pattern says, List<Candidate> candidates) {
        public boolean matches(String norm) {
            return says.matcher(norm).find();
        }
    }

    // the service names its task definition when the input names only the service
    static final BiFunction<Checks, Identifiers, AwsCall> TASK_DEFINITION =
            (c, i) -> i.taskDefinition() == null && i.service() != null ? c.describeServices(i.cluster(), i.service(), i.region())
                    : c.describeTaskDefinition(i.taskDefinition(), i.region());
    static final BiFunction<Checks, Identifiers, AwsCall> SERVICE =
            (c, i) -> c.describeServices(i.cluster(), i.service(), i.region());
    private static final BiFunction<Checks, Identifiers, AwsCall> STOPPED_TASKS =
            (c, i) -> !i.taskIds().isEmpty() ? c.describeTasks(i.cluster(), i.taskIds(), i.region()) : c.stoppedTasks(i.cluster(), i.service(), i.region());
    private static final BiFunction<Checks, Identifiers, AwsCall> TARGET_GROUP =
            (c, i) -> i.targetGroupName() != null ? c.describeTargetGroupByName(i.targetGroupName(), i.region())
                    : c.describeTargetGroups(i.targetGroup(), i.region());
    private static final BiFunction<Checks, Identifiers, AwsCall> TARGET_HEALTH =
            (c, i) -> i.targetGroupName() != null ? c.describeTargetGroupByName(i.targetGroupName(), i.region())
                    : c.describeTargetHealth(i.targetGroup(), i.region());
    private static final BiFunction<Checks, Identifiers, AwsCall> IMAGE_TAG = (c, i) -> {
        ImageRef image = i.image();
        return image == null ? c.describeImageTag(null, null, i.region())
                : c.describeImageTag(image.repository(), image.tagOrLatest(), image.ecrRegion() != null ? image.ecrRegion() : i.region());
    };
    private static final BiFunction<Checks, Identifiers, AwsCall> REPOSITORY = (c, i) -> {
        ImageRef image = i.image();
        return c.describeRepositories(image == null ? "REPOSITORY" : image.repository(), i.region());
    };
    private static final BiFunction<Checks, Identifiers, AwsCall> LOG_GROUP =
            (c, i) -> i.logGroup() != null ? c.describeLogGroups(i.logGroup(), i.region()) : TASK_DEFINITION.apply(c, i);
    private static final BiFunction<Checks, Identifiers, AwsCall> SUBNETS = (c, i) -> c.describeSubnets(i.subnets(), i.region());
    private static final BiFunction<Checks, Identifiers, AwsCall> ROUTES = (c, i) -> c.routeTablesOfSubnet(null, i.region());
    private static final BiFunction<Checks, Identifiers, AwsCall> ENDPOINTS = (c, i) -> c.describeVpcEndpoints("VPC", i.region());
    static final BiFunction<Checks, Identifiers, AwsCall> STACK = (c, i) -> c.describeStackEvents(i.stack(), i.region());
    private static final BiFunction<Checks, Identifiers, AwsCall> ROLE = (c, i) -> c.attachedRolePolicies(i.role());
    private static final BiFunction<Checks, Identifiers, AwsCall> GET_ROLE = (c, i) -> c.getRole(i.role());
    private static final BiFunction<Checks, Identifiers, AwsCall> CONTAINER_INSTANCES =
            (c, i) -> c.listContainerInstances(i.cluster(), i.region());
    static final BiFunction<Checks, Identifiers, AwsCall> CLUSTER = (c, i) -> c.describeClusters(i.cluster(), i.region());
    private static final BiFunction<Checks, Identifiers, AwsCall> SERVICE_LINKED_ROLE = (c, i) -> c.getRole("AWSServiceRoleForECS");

    static final BiFunction<Checks, Identifiers, AwsCall> CALLER = (c, i) -> c.callerIdentity();
    private static final BiFunction<Checks, Identifiers, AwsCall> ACCOUNT_SCPS = (c, i) -> c.organizationPolicies(i.account(), "SERVICE_CONTROL_POLICY");
    private static final BiFunction<Checks, Identifiers, AwsCall> ACCOUNT_RCPS = (c, i) -> c.organizationPolicies(i.account(), "RESOURCE_CONTROL_POLICY");
    // the denied principal: an IAM user, else a role (an assumed role's)
    private static final BiFunction<Checks, Identifiers, AwsCall> PRINCIPAL_POLICIES =
            (c, i) -> i.user() != null ? c.attachedUserPolicies(i.user()) : c.attachedRolePolicies(i.role());
    private static final BiFunction<Checks, Identifiers, AwsCall> PRINCIPAL_ITSELF = (c, i) -> i.user() != null ? c.getUser(i.user()) : c.getRole(i.role());

    static Candidate c(String id, double prior, String why, BiFunction<Checks, Identifiers, AwsCall> check, String shows) {
        return new Candidate(id, prior, why, check, shows);
    }

    static Family f(String id, String label, String regex, Candidate... candidates) {
        return new Family(id, label, Pattern.compile(regex), List.of(candidates));
    }

    private static final String PULL = "cannotpull|pull image|pull access denied|can't pull the image|failed to resolve ref|error: image ";

    /** Causes of a task that never started or kept stopping, as a circuit breaker or "tasks failed to start" reports them. */
    private static Candidate[] startFailures(String shows) {
        return new Candidate[] {
            c("ImagePullAccessDenied", 0.17, "A1: 6 of the corpus's pull texts are refusals; the commonest first-deploy failure", STOPPED_TASKS, shows),
            c("ImageNotFound", 0.17, "A3: 10 corpus texts, a wrong tag or repository is as common as a refusal", STOPPED_TASKS, shows),
            c("ImagePullNetworkUnreachable", 0.17, "A2: 7 corpus texts; private subnet without NAT or endpoints", STOPPED_TASKS, shows),
            c("SecretsRetrievalFailed", 0.14, "A5: 9 corpus texts, mostly execution-role or network reads of secrets", STOPPED_TASKS, shows),
            c("LogGroupMissing", 0.1, "A6: the awslogs group check fails before the container starts", STOPPED_TASKS, shows),
            c("EssentialContainerExited", 0.15, "A8: the app starts then exits (crash, missing config); AWS lists it first for breakers", STOPPED_TASKS, shows),
            c("ContainerHealthCheckFailing", 0.1, "A8/B2: a failing container health check replaces tasks until the breaker trips", STOPPED_TASKS, shows)
        };
    }

    private static final List<Family> OWN = List.of(
        f("pull-refused", "image pull refused", "(" + PULL + ").*(403|forbidden|access ?denied|not authorized|may require 'docker login')"
                + "|check that the role has the permissions to pull|cannotpullecrcontainererror",
            c("ImagePullAccessDenied", 0.55, "A1: A002, A005, A008 are refusals of the execution role or of a repository policy", IMAGE_TAG,
                    "if the tag exists, the 403 is a permission refusal"),
            c("ImageNotFound", 0.3, "A1: A006, A007; ECR and Docker Hub answer 'denied' for a repository that does not exist", IMAGE_TAG,
                    "ImageNotFoundException or RepositoryNotFoundException settles it"),
            c("EcrImageRegionMismatch", 0.15, "a repository in another Region is refused the same way", REPOSITORY,
                    "whether the repository exists in the task's Region")),
        f("pull-network", "image pull timed out or could not connect", "(" + PULL + "|api error \\(500\\)).*(context deadline exceeded|i/o timeout"
                + "|request ?canceled|dial tcp|timed out|tls handshake timeout|context canceled)|check your network configuration|^context canceled|cannotpullcontainererror: context canceled",
            c("ImagePullNetworkUnreachable", 0.45, "A2: A010-A019 are private subnets without a NAT route or VPC endpoints", ROUTES,
                    "whether the task's subnet routes 0.0.0.0/0 to an internet or NAT gateway"),
            c("PublicIpDisabledInPublicSubnet", 0.2, "A2: AWS's first listed cause for public subnets is assignPublicIp DISABLED", SERVICE,
                    "assignPublicIp and the subnets of the service"),
            c("VpcEndpointBlocksHttps", 0.15, "A2: interface endpoints whose security group refuses 443", ENDPOINTS,
                    "the endpoints' security groups"),
            c("VpcDnsDisabled", 0.1, "endpoint private DNS needs the VPC's DNS attributes", (cc, i) -> cc.vpcDnsHostnames(null, i.region()),
                    "enableDnsHostnames of the VPC"),
            c("SubnetNotPublic", 0.1, "a subnet believed public without an internet gateway route", ROUTES, "the subnet's routes")),
        f("image-missing", "image or tag not found", "(" + PULL + "|api error \\(404\\)).*(manifest unknown|not found|check whether the image exists"
                + "|does not exist)|failed to normalize image reference|invalid reference format|check whether the image exists",
            c("ImageNotFound", 0.75, "A3: A021-A030 are all a tag, digest or repository that does not exist", IMAGE_TAG,
                    "ImageNotFoundException settles it; an image in the answer rules it out"),
            c("EcrImageRegionMismatch", 0.15, "A3: an ECR image referenced in another Region is 'not found' in the task's", REPOSITORY,
                    "whether the repository exists in the task's Region"),
            c("ImagePlatformMismatch", 0.1, "a manifest list without the task's architecture reads as not found on some agents", TASK_DEFINITION,
                    "runtimePlatform.cpuArchitecture")),
        f("pull-other", "image pull failed", "cannotpullcontainererror|toomanyrequests|pull rate limit|failed to copy: httpreaderseeker|no space left on device",
            c("ImageNotFound", 0.35, "A3 is the largest pull section of the corpus", IMAGE_TAG, "whether the image exists"),
            c("ImagePullAccessDenied", 0.3, "A1: refusals; Docker Hub rate limits (A031-A034) are refusals to anonymous pulls", IMAGE_TAG,
                    "whether the tag exists, so a refusal is about permission"),
            c("ImagePullNetworkUnreachable", 0.35, "A2/A4: truncated pull errors are most often network timeouts", ROUTES,
                    "whether the task's subnet reaches the registry")),
        f("secrets", "secrets could not be read", "unable to pull secrets|unable to retrieve secrets? from|fetching secret data|failed to fetch secret"
                + "|retrieve secret from asm|secretsmanager|ssm parameter",
            c("SecretsRetrievalFailed", 0.6, "A5: A042-A050 name a missing secret, a denied role or KMS", TASK_DEFINITION,
                    "the execution role and the secrets' ARNs"),
            c("ImagePullNetworkUnreachable", 0.25, "A5: 'context deadline exceeded' to SSM/Secrets Manager is the network path", ROUTES,
                    "whether the subnet reaches Secrets Manager and SSM"),
            c("ExecutionRoleMissing", 0.15, "a task definition without an execution role cannot read secrets at all", TASK_DEFINITION,
                    "executionRoleArn")),
        f("registry-auth", "registry credentials could not be fetched", "retrieve ecr registry auth|pull registry auth from amazon ecr|getauthorizationtoken",
            c("ImagePullAccessDenied", 0.4, "A053, A005: the execution role lacks ecr:GetAuthorizationToken", TASK_DEFINITION, "the execution role"),
            c("ImagePullNetworkUnreachable", 0.4, "A053: the ECR API endpoint is unreachable from the subnet", ROUTES, "the subnet's routes"),
            c("ExecutionRoleMissing", 0.2, "no execution role: nothing can fetch the token", TASK_DEFINITION, "executionRoleArn")),
        f("logger", "the awslogs driver failed", "failed to validate logger args|awslogs|log group|create stream|createlogstream",
            c("LogGroupMissing", 0.7, "A058, A060: the group does not exist and awslogs-create-group is not set", LOG_GROUP,
                    "whether the log group exists"),
            c("ImagePullNetworkUnreachable", 0.2, "A060: 'create stream has been retried' is the logs endpoint timing out", ROUTES,
                    "whether the subnet reaches CloudWatch Logs"),
            c("ExecutionRoleMissing", 0.1, "the execution role writes the stream", TASK_DEFINITION, "executionRoleArn"),
            c("ExecutionRoleCannotWriteLogs", 0.2, "A060: the role exists but is refused logs:CreateLogStream", ROLE,
                    "the execution role's policies")),
        // environmentFiles are read from S3 by the execution role before the container starts ("failed to download env files")
        f("env-files", "the task's environment files could not be read from S3", "failed to download env files|environment ?files?",
            c("EnvironmentFileMissing", 0.4, "the S3 object an environmentFiles entry names does not exist (NoSuchKey) (no rule yet)", TASK_DEFINITION,
                    "the environmentFiles ARNs, each an object that must exist"),
            c("MissingIamPermission", 0.35, "the execution role needs s3:GetObject on the object and s3:GetBucketLocation on its bucket", ROLE,
                    "the execution role's policies"),
            c("ImagePullNetworkUnreachable", 0.25, "a private subnet needs a route to S3 (NAT or the s3 gateway endpoint)", ROUTES,
                    "whether the task's subnet reaches S3")),
        f("env-file-missing", "an environment file does not exist", "failed to download env files.*(nosuchkey|key does not exist|not found)",
            c("EnvironmentFileMissing", 1.0, "NoSuchKey: the object is not at the ARN the task definition gives (no rule yet)", TASK_DEFINITION,
                    "the environmentFiles ARNs, each an object that must exist")),
        // AWS's EFS troubleshooting: a mount that times out or is reset is the security group on 2049, a server's "No such file
        // or directory" is a root directory that does not exist, a name that does not resolve is a zone without a mount target
        f("efs-mount", "the EFS volume could not be mounted", "failed to invoke efs utils|set up efs volumes|mount\\.nfs4?:",
            c("EfsMountBlockedBySecurityGroup", 0.5, "A210: 'Connection reset by peer' or a timeout is NFS (2049) refused between the task and the mount targets",
                    SERVICE, "the service's security groups, which the mount targets' security groups must admit on 2049"),
            c("EfsRootDirectoryMissing", 0.3, "A209: 'reason given by server: No such file or directory' is a rootDirectory the file system lacks",
                    TASK_DEFINITION, "the volume's efsVolumeConfiguration (rootDirectory, accessPointId)"),
            c("EfsMountTargetMissing", 0.2, "a file system without a mount target in the task's Availability Zone does not resolve there",
                    SERVICE, "the service's subnets, each of whose zones needs a mount target")),
        // a lone "Killed" is what a shell prints when the kernel's OOM killer ends its child
        f("oom", "container killed for memory", "outofmemory|oom-?killed|container killed due to memory|exit ?code:? 137|^killed$",
            c("ContainerOutOfMemory", 0.8, "A077-A080: exit 137 with OutOfMemoryError is the memory limit", TASK_DEFINITION,
                    "the task's and containers' memory"),
            c("StopTimeoutTooShort", 0.2, "137 without OOM is SIGKILL after stopTimeout", TASK_DEFINITION, "stopTimeout")),
        // a DockerTimeoutError at a step that waits on the host's Docker daemon, not on the container's start (below)
        f("docker-daemon", "the host's Docker daemon did not answer in time", "cannotinspectcontainererror|cannotstopcontainererror"
                + "|could not transition to (" + NetworkTexts.DAEMON_STEPS + ")",
            c("DockerDaemonUnresponsive", 0.7, "an EC2 instance's Docker daemon slowed by a saturated disk (an EBS volume out of burst"
                    + " credits, IO-heavy tasks) or an overloaded host; on Fargate a platform fault a new task survives (no rule yet)",
                    CONTAINER_INSTANCES, "the instances' agent status and running tasks; then the instance's EBS BurstBalance"
                    + " (CloudWatch AWS/EBS) and the Docker daemon's log"),
            c("ContainerOutOfMemory", 0.3, "A075 and start timeouts (A100, A101) are often memory pressure on the host", TASK_DEFINITION,
                    "the task's memory")),
        f("container-start", "the container could not start", "cannotstartcontainererror|cannotcreatecontainererror|oci runtime|exec format error"
                + "|failed to get container status|failed to create new container runtime task|dockertimeouterror"
                // %s: the agent's format itself, as the corpus quotes it (A100), names no step
                + "|could not transition to (" + NetworkTexts.START_STEPS + "|%s)|unable transition start timeout",
            c("ImagePlatformMismatch", 0.35, "A089: exec format error is an image built for another CPU architecture", TASK_DEFINITION,
                    "runtimePlatform.cpuArchitecture and the image"),
            c("EssentialContainerExited", 0.35, "A067/A068: an entrypoint or command that fails at start", STOPPED_TASKS,
                    "the containers' exit codes and reasons"),
            c("ContainerOutOfMemory", 0.15, "A075 and start timeouts (A100, A101) are often memory pressure on the host", TASK_DEFINITION,
                    "the task's memory"),
            c("SecretsRetrievalFailed", 0.15, "A068: secrets or config injected at start", TASK_DEFINITION, "the secrets"),
            c("ContainerCommandNotFound", 0.2, "A068: a command or entryPoint the image cannot execute", TASK_DEFINITION,
                    "the containers' entryPoint and command")),
        // runc's "exec: \"/app/start.sh\": permission denied": the file is there but not executable (no chmod +x in the
        // image, a script copied from Windows, a noexec mount), which the same fix as a wrong command settles
        f("exec-denied", "the container's command may not be executed", "exec: \"[^\"]*\": permission denied|exec user process caused:? \"?permission denied",
            c("ContainerCommandNotFound", 0.7, "A068's sibling: the entryPoint or command names a file the image cannot execute (missing execute bit)",
                    TASK_DEFINITION, "the containers' entryPoint and command; the image's file mode settles it (chmod +x in the Dockerfile)"),
            c("EssentialContainerExited", 0.3, "a script the command starts may itself exec a file it may not", STOPPED_TASKS,
                    "the containers' exit codes and reasons")),
        // runc's "exec /docker-entrypoint.sh: no such file or directory" (or the older "exec user process caused: no such file or
        // directory") without a stat of the path: the file is there, the interpreter its #! line names is not (#!/bin/bash in an
        // Alpine image), or that line ends in a carriage return (a script saved with Windows line ends)
        f("exec-enoent", "the container's entrypoint could not be executed", "exec [^:]+: no such file or directory"
                + "|exec: \\\\?\"[^\"]+\\\\?\": no such file or directory|exec user process caused:? \"?no such file or directory",
            c("EntrypointInterpreterMissing", 0.6, "a script whose #! interpreter the image lacks, or whose first line ends in a carriage"
                    + " return (no rule yet)", TASK_DEFINITION, "the containers' entryPoint and command; in the image, head -1 of the"
                    + " script (od -c shows a \\r) and whether its interpreter exists"),
            c("ContainerCommandNotFound", 0.3, "the file is not in the image at that path (COPY to another directory, a build stage that"
                    + " left it behind)", TASK_DEFINITION, "the containers' entryPoint and command"),
            c("ImagePlatformMismatch", 0.1, "a binary linked against a loader the image lacks (glibc on Alpine) or built for another"
                    + " architecture", TASK_DEFINITION, "runtimePlatform.cpuArchitecture and the image")),
        // a shell that cannot find the command it was given ("sh: 1: gunicorn: not found", "bash: line 1: x: command not found"):
        // the container's command, or a health check's CMD-SHELL (curl or wget in a slim image)
        f("shell-not-found", "a shell in the container could not find a command", "\\b(?:ba|da)?sh: (?:line )?(?:\\d+: )?(?:exec: )?"
                + "[^\\s:]+: (?:command )?not found",
            c("ContainerCommandNotFound", 0.7, "the command is not installed in the image or not on its PATH", TASK_DEFINITION,
                    "the containers' entryPoint and command"),
            c("ContainerHealthCheckFailing", 0.3, "a health check's CMD-SHELL runs a tool the image lacks (curl, wget)", TASK_DEFINITION,
                    "the containers' healthCheck commands")),
        // the app's own start-up: a dependency the image does not hold (Python's ModuleNotFoundError without its traceback)
        f("app-import", "the app could not load a module it imports", "modulenotfounderror|no module named|^importerror: ",
            c("EssentialContainerExited", 1.0, "the image lacks a package the app imports: a requirements or lock file not installed in the"
                    + " build, a build stage that left it behind, or another working directory than the build's", STOPPED_TASKS,
                    "the containers' exit codes and their log's last lines")),
        f("essential-exited", "the essential container exited", "essential container in task exited|exit code: [1-9]",
            c("EssentialContainerExited", 0.5, "A080, A083: the app exits; its log names why", STOPPED_TASKS,
                    "the containers' exit codes, then their logs"),
            c("ContainerOutOfMemory", 0.2, "A080: exit 137 is the commonest exit code in the corpus", STOPPED_TASKS, "exit code 137 or OutOfMemoryError"),
            c("UrlMissingScheme", 0.15, "a configuration value the app cannot parse crashes it at start", TASK_DEFINITION, "the environment"),
            c("ImagePlatformMismatch", 0.15, "exit 255/exec format error when the image's architecture differs", TASK_DEFINITION,
                    "runtimePlatform.cpuArchitecture")),
        f("container-health", "container health check failed", "failed container health checks|unhealthy container|container health check",
            c("ContainerHealthCheckFailing", 0.7, "A086, B021: the container's own HEALTHCHECK command fails", TASK_DEFINITION,
                    "the container health check command"),
            c("EssentialContainerExited", 0.3, "an app that is not up yet fails its health check and is replaced", STOPPED_TASKS,
                    "the stopped tasks' reasons")),
        f("target-code", "targets answer the health check with the wrong code", "responsecodemismatch|health checks failed with these codes",
            c("HealthCheckPathMismatch", 0.75, "C006: the path the target group probes is not the one the app serves", TARGET_GROUP,
                    "HealthCheckPath and Matcher"),
            c("TargetPortMismatch", 0.25, "another port answers with another app", SERVICE, "the service's containerPort")),
        f("target-unhealthy", "targets fail the load balancer's health checks", "failed elb health checks|is unhealthy in|health checks failed|target\\.failedhealthchecks"
                + "|target\\.timeout|request timed out|instance has failed|target is in the (stopped|terminated) state",
            c("HealthCheckBlockedBySecurityGroup", 0.3, "B023, C007: AWS's first check for 'Request timed out' is the task's security group", SERVICE,
                    "the service's security groups and subnets"),
            c("TargetPortMismatch", 0.2, "C008: the target group sends to a port the container does not listen on", SERVICE,
                    "the service's load balancer containerPort"),
            c("HealthCheckPathMismatch", 0.25, "C006/C008: the probed path is not served", TARGET_GROUP, "HealthCheckPath, port and Matcher"),
            c("EssentialContainerExited", 0.15, "B016/A084: the task stops after failing checks; the app may never have listened", STOPPED_TASKS,
                    "the stopped task's containers"),
            c("ServicePortNotOpen", 0.1, "the load balancer's own security group may not reach the port", SERVICE, "the service's network configuration")),
        // C011: "unused" targets are not health-checked at all: no listener forwards to the group, or the task's zone is not one of the balancer's
        f("target-unused", "the load balancer sends the target no traffic", "target\\.notinuse|not configured to receive traffic|availability zone that is not enabled",
            c("TargetGroupWithoutLoadBalancer", 0.6, "C011, C016: no listener (rule) forwards to the target group", TARGET_GROUP,
                    "LoadBalancerArns of the group, empty when no listener uses it"),
            c("TaskZoneNotInLoadBalancer", 0.4, "C011: the task's subnet is in a zone the load balancer has no subnet in", SERVICE,
                    "the service's subnets, whose zones the load balancer's subnets must cover")),
        // what a client of the load balancer sees: 503 when the group has no healthy (or no registered) target, 502 when the
        // target closes or refuses the connection (AWS, "Troubleshoot your Application Load Balancers")
        f("alb-503", "the load balancer answers 503: no healthy target", "\\b503 service temporarily unavailable|http/[0-9.]+ 503\\b",
            c("EssentialContainerExited", 0.3, "no task runs to register: the service's tasks stop", STOPPED_TASKS, "the stopped tasks' reasons"),
            c("HealthCheckBlockedBySecurityGroup", 0.25, "the tasks run but every health check times out", TARGET_HEALTH, "the targets' health and reasons"),
            c("HealthCheckPathMismatch", 0.25, "the tasks run but answer the health check with the wrong code", TARGET_HEALTH, "the targets' health and reasons"),
            c("TargetGroupWithoutLoadBalancer", 0.2, "the listener forwards to another target group than the service's", TARGET_GROUP, "the group's load balancers")),
        f("alb-502", "the load balancer answers 502: the target closed or refused the connection", "\\b502 bad gateway|http/[0-9.]+ 502\\b",
            c("TargetPortMismatch", 0.4, "the target group sends to a port where nothing (or another protocol) answers", TARGET_HEALTH,
                    "the registered targets' ports against the container's"),
            c("EssentialContainerExited", 0.4, "the app crashes on the request or restarts", STOPPED_TASKS, "the stopped tasks' reasons"),
            c("ContainerOutOfMemory", 0.2, "a container killed mid-request", STOPPED_TASKS, "exit code 137 or OutOfMemoryError")),
        // Elastic Load Balancing's "HTTP 504: Gateway timeout": the load balancer could not connect to the target within 10 s,
        // or the target did not answer within the load balancer's idle timeout (60 s unless changed)
        f("alb-504", "the load balancer answers 504: the target did not connect or answer in time", "\\b504 gateway time-?out|http/[0-9.]+ 504\\b",
            c("HealthCheckBlockedBySecurityGroup", 0.45, "the task's security group drops the load balancer's connections, which time out",
                    TARGET_HEALTH, "the targets' health: Target.Timeout means the connections are dropped"),
            c("TargetResponseTooSlow", 0.4, "the app answers slower than the load balancer's idle timeout (60 s by default), e.g. a long"
                    + " report or a blocked worker pool (no rule yet)", TARGET_GROUP, "the target group's load balancer, whose"
                    + " idle_timeout.timeout_seconds attribute (describe-load-balancer-attributes) bounds each answer"),
            c("TargetPortMismatch", 0.15, "the targets' port is one where the task takes the connection but nothing answers",
                    TARGET_HEALTH, "the registered targets' ports against the container's")),
        f("start-failed", "tasks failed to start or the deployment failed", "circuit breaker|deployment failed|tasks? failed to start|taskfailedtostart"
                + "|service_task_start_impaired|unable to consistently start tasks|\\[failed\\]|rolling back",
            startFailures("the stopped tasks and their stoppedReason")),
        f("stack-service", "the stack's ECS service did not stabilise", "resource timed out waiting for completion|did not stabilize|not stabilized",
            startFailures("the service's stopped tasks")),
        // RunTask's failures[].reason (AWS, "Amazon ECS API failure reasons"): RESOURCE:ENI is an instance without a free
        // network interface for an awsvpc task; RESOURCE:CPU, MEMORY, PORTS and GPU fall under the family after this one
        f("placement-eni", "no container instance has a network interface free for the awsvpc task", "resource:eni",
            c("InstanceEniLimitReached", 0.8, "each awsvpc task on EC2 takes one of its instance's network interfaces, and the instance"
                    + " type caps them (a t3.medium has 3, one for the host) unless ENI trunking (the awsvpcTrunking account setting) is"
                    + " on (no rule yet)", CONTAINER_INSTANCES, "each instance's type and its running tasks; then aws ecs"
                    + " list-account-settings --name awsvpcTrunking --effective-settings shows whether trunking is on"),
            c("InsufficientInstanceCapacity", 0.2, "more or larger instances add interfaces as they add CPU and memory", CONTAINER_INSTANCES,
                    "how many instances the cluster has and what each runs")),
        // the generic EC2 placement text names no cause: the container instances' status and resources tell them apart
        f("placement-ec2", "no container instance could take the task", "no container instance met all of its requirements"
                + "|resource:(cpu|memory|ports|gpu)|encountered error \"agent\"|^agent\\b",
            c("InsufficientInstanceCapacity", 0.3, "B007, B202: AWS's service event list names CPU and memory first", CONTAINER_INSTANCES,
                    "each instance's remaining CPU units and memory"),
            c("HostPortInUse", 0.2, "B007, B201: fixed host ports allow one task per instance", CONTAINER_INSTANCES,
                    "the host ports in use on each instance"),
            c("NoContainerInstances", 0.2, "B001, B002: an empty cluster is the commonest first-deploy placement failure", CONTAINER_INSTANCES,
                    "whether the cluster has any instance at all"),
            c("ContainerInstanceAgentDisconnected", 0.15, "B007: 'encountered error \"AGENT\"'", CONTAINER_INSTANCES,
                    "agentConnected of each instance"),
            c("ContainerInstanceDraining", 0.15, "draining instances take no tasks; ECS prints only the generic text", CONTAINER_INSTANCES,
                    "the instances' status (DRAINING)")),
        // AWS's service event messages: "is missing an attribute required by your task" is an EC2 instance without an attribute
        // the task definition requires (requiresAttributes: an agent or AMI too old for a capability the task uses) or that a
        // memberOf placement constraint names
        f("missing-attribute", "no container instance has an attribute the task requires", "is missing an attribute required by your task"
                + "|^attribute\\b|memberof placement constraint unsatisfied",
            c("ContainerInstanceMissingAttribute", 0.8, "the task definition's requiresAttributes name a capability (secrets, awsvpc, a log driver) the"
                    + " instances' ECS agent or AMI lacks (no rule yet)", TASK_DEFINITION, "the task definition's requiresAttributes (a service"
                    + " names its task definition), to hold against the instances' attributes (describe-container-instances)"),
            c("PlacementConstraints", 0.2, "a memberOf constraint names an attribute no instance carries (no rule yet)", SERVICE,
                    "the service's placement constraints")),
        // Docker's own refusal after ECS placed the task: "driver failed programming external connectivity … Bind for 0.0.0.0:80
        // failed: port is already allocated" is a fixed host port another container on the instance holds (one ECS lost track
        // of after an agent restart, or one started outside ECS)
        f("host-port-allocated", "the task's host port is held by another container on the instance", "port is already allocated",
            c("HostPortInUse", 1.0, "a fixed hostPort (bridge or host networking) that another container on the instance already binds",
                    CONTAINER_INSTANCES, "the instances' ports in use; on the instance, docker ps shows which container binds the port")),
        f("placement", "a task could not be placed", "unable to place a task|resource:fargate|capacity is unavailable|service_task_placement_failure",
            c("FargateTaskQuotaReached", 0.3, "B008, B009, B011: the account's Fargate vCPU quota is the commonest placement failure on Fargate",
                    SERVICE, "the service's events name the quota"),
            c("FargateCapacityUnavailable", 0.2, "B010, B013: RESOURCE:FARGATE without a quota text is Fargate capacity in the subnets' zones",
                    SERVICE, "the service's events say 'Capacity is unavailable'"),
            c("PlacementConstraints", 0.5, "B001, B002, B007: no container instance meets the task's CPU, memory, ports or attributes (no rule yet)",
                    SERVICE, "the service's placement constraints and the instances")),
        f("throttled", "ECS is throttling the service", "operations are being throttled|rate exceeded|throttling",
            c("ApiThrottling", 1.0, "B012: API rate limits on the account (no rule yet)", SERVICE, "the service's events")),
        f("target-ip", "the target's IP address is taken", "cannot be used as a target",
            c("TargetIpInUse", 1.0, "C014: the IP belongs to a load balancer (no rule yet)", TARGET_HEALTH, "the registered targets")),
        // the role ECS could not assume is its own service-linked role: a new account (or one where it was deleted) without it
        f("service-linked-role-unassumable", "ECS could not assume its service-linked role", "unable to assume the role '[^']*awsservicerolefor ?ecs'",
            c("EcsServiceLinkedRoleMissing", 1.0, "AWSServiceRoleForECS does not exist yet (a new account whose first cluster or service"
                    + " came from a template) or was deleted", SERVICE_LINKED_ROLE,
                    "NoSuchEntity when the service-linked role does not exist")),
        // RunTask/CreateService on Fargate: EFS volumes (and some other features) need platform version 1.4.0 or later
        f("platform-version", "the Fargate platform version is too old for what the task uses", "platform version must be latest or \\d"
                + "|specified platform does not satisfy the task definition.?s required capabilities",
            c("FargatePlatformVersionTooOld", 1.0, "the service or run-task pins platformVersion 1.3.0 (or older), which lacks what the"
                    + " task definition requires (EFS volumes, more ephemeral storage, environment files) (no rule yet)", SERVICE,
                    "the service's platformVersion")),
        // the role exists or not, trusts ecs-tasks.amazonaws.com or not: get-role answers both
        f("role-not-assumable", "ECS could not assume the task's role", "unable to assume the role",
            c("RoleTrustPolicyWrong", 0.6, "B205: a role whose trust policy does not name ecs-tasks.amazonaws.com (a service role given as the task role)",
                    GET_ROLE, "the role's AssumeRolePolicyDocument, or NoSuchEntity when the role does not exist"),
            c("ExecutionRoleMissing", 0.25, "the role the task definition names was deleted, or is created after the service that uses it",
                    TASK_DEFINITION, "the roles the task definition names"),
            c("MissingIamPermission", 0.15, "the text's last clause: the caller may not iam:PassRole the role", ROLE, "the policies attached to the role")),
        // IAM's denial names the kind of policy that decided it (IAM User Guide, "Access denied error messages"): "with an
        // explicit deny in a TYPE policy" or "because no TYPE policy allows the ACTION action"; only an identity-based policy is
        // the principal's own to change, and an SCP's denial may be worded as an explicit one even where it is implicit
        f("iam-denied-scp", "an Organizations service control policy refused the call", DENIED_BY + "service control polic",
            c("ServiceControlPolicyDenies", 1.0, "an SCP on the account or one of its OUs (a Region or service guardrail) denies the action:"
                    + " no policy of the principal can allow it (no rule yet)", ACCOUNT_SCPS,
                    "the SCPs attached to the account (readable from the organization's management account); its OUs' apply too")),
        f("iam-denied-rcp", "an Organizations resource control policy refused the call", DENIED_BY + "resource control polic",
            c("ResourceControlPolicyDenies", 1.0, "an RCP of the organization caps what the resource admits, whatever its own policy says"
                    + " (no rule yet)", ACCOUNT_RCPS,
                    "the RCPs attached to the account")),
        f("iam-denied-boundary", "the principal's permissions boundary refused the call", DENIED_BY + "permissions boundar",
            c("PermissionsBoundaryDenies", 1.0, "the principal's permissions boundary leaves the action out: its policies may allow it, the"
                    + " boundary caps them (no rule yet)", PRINCIPAL_ITSELF, "the principal's PermissionsBoundary, whose policy must allow the action too")),
        f("iam-denied-session", "the session's own policy refused the call", DENIED_BY + "session polic",
            c("SessionPolicyDenies", 1.0, "the policy passed when the session was assumed (a CI job's assume-role, an SSO permission set)"
                    + " leaves the action out; the role's policies do not widen it (no rule yet)", CALLER,
                    "the session's role and name; its policy is set where the session is assumed")),
        f("iam-denied-resource", "the resource's own policy refused the call", DENIED_BY + "resource-based polic",
            c("ResourcePolicyDenies", 1.0, "the resource's own policy (a secret's, a KMS key's, a repository's, a bucket's) does not name"
                    + " the principal, or denies it (no rule yet)", (cc, i) -> cc.resourcePolicy(i.deniedResource(), i.region()),
                    "the resource's policy: whether it admits the principal and the action")),
        f("iam-denied-endpoint", "a VPC endpoint's policy refused the call", DENIED_BY + "vpc endpoint polic",
            c("VpcEndpointPolicyDenies", 1.0, "the call went through a VPC endpoint whose policy leaves the action or the resource out"
                    + " (no rule yet)", ENDPOINTS, "the PolicyDocument of the VPC's endpoints")),
        f("iam-denied-identity-deny", "a Deny in the principal's own policies refused the call", "explicit deny in an? identity-based polic",
            c("IdentityPolicyDenies", 1.0, "a Deny statement in the principal's policies (or its groups') matches the action; no Allow"
                    + " outweighs it (no rule yet)", PRINCIPAL_POLICIES, "the principal's policies, for the Deny statement")),
        // an IAM user is a person or a CI's keys: its own and its groups' policies, never a task's role
        f("iam-denied-user", "an IAM user's call was refused", "^(?!.*(?:" + REFUSED_ELSEWHERE + ")).*:iam::\\d{12}:user/\\S+ is not authorized",
            c("MissingIamPermission", 1.0, "the user's own policies and its groups' lack the action the text names", PRINCIPAL_POLICIES,
                    "the policies attached to the user (list-groups-for-user: its groups')")),
        f("iam-denied", "an AWS call was refused", "^(?!.*(?:" + REFUSED_ELSEWHERE + "|:iam::\\d{12}:user/\\S+ is not authorized))"
                + ".*(?:not authorized to perform|accessdenied|is not authorized|unable to assume the service linked role)",
            c("ExecutionRoleMissing", 0.3, "a task or service without the role it needs", TASK_DEFINITION, "the roles of the task definition"),
            c("MissingIamPermission", 0.7, "D028, D046, D047: the caller's role lacks the action the text names (IAM policies are not read yet)",
                    ROLE, "the policies attached to the role")),
        // Fargate's "Timeout waiting for network interface provisioning" has three readings (AWS re:Post, "Resolve network
        // interface provisioning errors for Amazon ECS on Fargate"): the subnet has no address left, the account's network
        // interface quota is used up, or Fargate's own API calls failed for a while and a retry succeeds
        f("eni", "the task's network interface could not be created", "network interface provision|insufficientfreeaddressesinsubnet"
                + "|not enough free addresses in subnet|insufficient free addresses",
            c("SubnetOutOfIpAddresses", 0.5, "a full subnet is the cause the text can name (InsufficientFreeAddressesInSubnet); /24 subnets fill fast with awsvpc tasks",
                    SUBNETS, "AvailableIpAddressCount of the service's subnets"),
            c("NetworkInterfaceQuotaReached", 0.2, "the Region's network interface quota (5,000 by default) counts every awsvpc task (no rule yet)",
                    SUBNETS, "whether the subnets have addresses; then the account's network interface count against its quota"),
            c("FargateTransientProvisioning", 0.3, "AWS re:Post: intermittent API trouble on Fargate's hosts; a new deployment usually succeeds (no rule yet)",
                    SERVICE, "whether later tasks of the service started")),
        // CreateService's "Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS service
        // role being passed has the proper permissions.": in a new account the service-linked role does not exist yet
        f("service-role", "ECS could not use the service role for the load balancer", "unable to assume role and validate the specified targetgrouparn"
                + "|ecs service role being passed",
            c("EcsServiceLinkedRoleMissing", 0.6, "a first service with a load balancer in a new account, made before AWSServiceRoleForECS exists",
                    SERVICE_LINKED_ROLE, "NoSuchEntity when the service-linked role does not exist"),
            c("MissingIamPermission", 0.4, "a custom service role (the service's role parameter) without the load balancer permissions", ROLE,
                    "the policies attached to the role")),
        f("target-type", "the target group's type does not fit awsvpc tasks", "target type instance,? which is incompatible with the awsvpc",
            c("TargetGroupTypeMismatch", 1.0, "awsvpc tasks register by IP address: the target group must be created with --target-type ip",
                    TARGET_GROUP, "TargetType of the group")),
        // CreateService's "The container X does not exist in the task definition.": loadBalancers[].containerName names no container
        f("lb-container", "the load balancer names a container the task definition lacks", "container .{1,255} does not exist in the task definition",
            c("LoadBalancerContainerMissing", 1.0, "the service's loadBalancers containerName differs from the task definition's container names (no rule yet)",
                    TASK_DEFINITION, "the containers' names, which loadBalancers[].containerName must match")),
        // RegisterTaskDefinition's "Fargate requires that 'cpu' be defined at the task level."
        f("fargate-size-missing", "the task definition gives Fargate no task size", "fargate requires that '(cpu|memory)' be defined at the task level",
            c("FargateCpuMemoryInvalid", 1.0, "a Fargate task definition needs task-level cpu and memory from Fargate's table of sizes",
                    TASK_DEFINITION, "the task-level cpu and memory")),
        f("stack-failed", "a CloudFormation resource failed", "create_failed|update_failed|rollback|resource handler returned|resource\\(s\\) failed to create"
                + "|resource creation cancelled|was not successfully created",
            c("StackResourceFailed", 1.0, "D-sections: the first failed event of the stack (nested stacks included) names the cause", STACK,
                    "the stack's first failed event"))
    );

    static final List<Family> ALL = java.util.stream.Stream.concat(OWN.stream(), RequestFamilies.ALL.stream()).toList();

    private SymptomFamilies() {}

    public static List<Family> all() {
        return ALL;
    }
}
