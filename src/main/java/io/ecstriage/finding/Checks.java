package io.ecstriage.finding;

import io.ecstriage.aws.AwsCall;
import java.util.List;

/**
 * The reads rules and hypotheses name as the evidence that would settle them (a DRL global, `checks`). Each
 * factory takes the identifiers the evidence gives; a null leaves the UPPERCASE placeholder the call's
 * {@link AwsCall#placeholders()} reports, for {@link io.ecstriage.finding.check.CheckFiller} or the user to fill.
 */
public final class Checks {

    private static String or(String value, String placeholder) {
        return value == null || value.isBlank() ? placeholder : value;
    }

    private static AwsCall in(AwsCall call, String region) {
        return call.in(or(region, "REGION"));
    }

    public AwsCall describeTaskDefinition(String ref, String region) {
        return in(AwsCall.of("ecs", "describe-task-definition").with("--task-definition", or(ref, "FAMILY:REVISION")), region);
    }

    public AwsCall describeServices(String cluster, String service, String region) {
        return in(AwsCall.of("ecs", "describe-services").with("--cluster", or(cluster, "CLUSTER"))
                .with("--services", or(service, "SERVICE")), region);
    }

    public AwsCall describeTasks(String cluster, List<String> taskIds, String region) {
        return in(AwsCall.of("ecs", "describe-tasks").with("--cluster", or(cluster, "CLUSTER"))
                .withAll("--tasks", taskIds == null || taskIds.isEmpty() ? List.of("TASK_ID") : taskIds), region);
    }

    /** The stopped tasks of a service (then describe-tasks on them); `service` null lists the cluster's. */
    public AwsCall stoppedTasks(String cluster, String service, String region) {
        AwsCall call = AwsCall.of("ecs", "list-tasks").with("--cluster", or(cluster, "CLUSTER"));
        if (service != null) call = call.with("--service-name", service);
        return in(call.with("--desired-status", "STOPPED"), region);
    }

    public AwsCall logEvents(String group, String stream, String region) {
        return in(AwsCall.of("logs", "get-log-events").with("--log-group-name", or(group, "LOG_GROUP"))
                .with("--log-stream-name", or(stream, "PREFIX/CONTAINER/TASK_ID")).with("--limit", "50"), region);
    }

    /** The stream an awslogs container writes: PREFIX/CONTAINER/TASK_ID, each part a placeholder when unknown. */
    public String logStream(String prefix, String container, String taskId) {
        return or(prefix, "PREFIX") + "/" + or(container, "CONTAINER") + "/" + or(taskId, "TASK_ID");
    }

    public AwsCall describeLogGroups(String prefix, String region) {
        AwsCall call = AwsCall.of("logs", "describe-log-groups");
        return in(prefix == null ? call : call.with("--log-group-name-prefix", prefix), region);
    }

    public AwsCall describeSubnets(List<String> subnetIds, String region) {
        return in(AwsCall.of("ec2", "describe-subnets").withAll("--subnet-ids",
                subnetIds == null || subnetIds.isEmpty() ? List.of("SUBNET_IDS") : subnetIds), region);
    }

    /** A VPC's endpoints; `vpcId` null lists the Region's. */
    public AwsCall describeVpcEndpoints(String vpcId, String region) {
        AwsCall call = AwsCall.of("ec2", "describe-vpc-endpoints");
        return in(vpcId == null ? call : call.with("--filters", "Name=vpc-id,Values=" + vpcId), region);
    }

    public AwsCall routeTablesOfSubnet(String subnetId, String region) {
        return in(AwsCall.of("ec2", "describe-route-tables").with("--filters", "Name=association.subnet-id,Values=" + or(subnetId, "SUBNET")), region);
    }

    public AwsCall vpcDnsHostnames(String vpcId, String region) {
        return in(AwsCall.of("ec2", "describe-vpc-attribute").with("--vpc-id", or(vpcId, "VPC"))
                .with("--attribute", "enableDnsHostnames"), region);
    }

    /** The images of a repository; with a tag, only that one (ImageNotFoundException when it is absent). */
    public AwsCall describeImages(String repository, String tag, String region) {
        AwsCall call = AwsCall.of("ecr", "describe-images").with("--repository-name", or(repository, "REPOSITORY"));
        return in(tag == null ? call : call.with("--image-ids", "imageTag=" + tag), region);
    }

    public AwsCall describeImageTag(String repository, String tag, String region) {
        return describeImages(repository, or(tag, "TAG"), region);
    }

    /** A repository by name; `repository` null lists the Region's. */
    public AwsCall describeRepositories(String repository, String region) {
        AwsCall call = AwsCall.of("ecr", "describe-repositories");
        return in(repository == null ? call : call.with("--repository-names", repository), region);
    }

    public AwsCall describeSecret(String secretId, String region) {
        return in(AwsCall.of("secretsmanager", "describe-secret").with("--secret-id", or(secretId, "SECRET_ARN")), region);
    }

    public AwsCall describeTargetGroups(String targetGroupArn, String region) {
        return in(AwsCall.of("elbv2", "describe-target-groups").with("--target-group-arns", or(targetGroupArn, "TARGET_GROUP_ARN")), region);
    }

    public AwsCall describeTargetGroupByName(String name, String region) {
        return in(AwsCall.of("elbv2", "describe-target-groups").with("--names", or(name, "TARGET_GROUP")), region);
    }

    public AwsCall describeTargetHealth(String targetGroupArn, String region) {
        return in(AwsCall.of("elbv2", "describe-target-health").with("--target-group-arn", or(targetGroupArn, "TARGET_GROUP_ARN")), region);
    }

    public AwsCall describeSecurityGroups(String groupId, String region) {
        return in(AwsCall.of("ec2", "describe-security-groups").with("--group-ids", or(groupId, "SECURITY_GROUP_ID")), region);
    }

    public AwsCall describeStackEvents(String stack, String region) {
        return in(AwsCall.of("cloudformation", "describe-stack-events").with("--stack-name", or(stack, "STACK")), region);
    }

    public AwsCall attachedRolePolicies(String role) {
        return AwsCall.of("iam", "list-attached-role-policies").with("--role-name", or(role, "ROLE"));
    }

    /** The role itself: its trust policy (AssumeRolePolicyDocument), or NoSuchEntity when it does not exist. */
    public AwsCall getRole(String role) {
        return AwsCall.of("iam", "get-role").with("--role-name", or(role, "ROLE"));
    }

    public AwsCall inlineRolePolicies(String role) {
        return AwsCall.of("iam", "list-role-policies").with("--role-name", or(role, "ROLE"));
    }

    public AwsCall describeClusters(String cluster, String region) {
        return in(AwsCall.of("ecs", "describe-clusters").with("--clusters", or(cluster, "CLUSTER")), region);
    }

    /** The clusters of one Region: a cluster "not found" is often in another Region or named otherwise. */
    public AwsCall listClusters(String region) {
        return in(AwsCall.of("ecs", "list-clusters"), region);
    }

    /** The stacks of one Region that exist or existed: a stack "does not exist" is often in another Region or named otherwise. */
    public AwsCall listStacks(String region) {
        return in(AwsCall.of("cloudformation", "list-stacks"), region);
    }

    public AwsCall attachedUserPolicies(String user) {
        return AwsCall.of("iam", "list-attached-user-policies").with("--user-name", or(user, "USER"));
    }

    /** The user itself: its PermissionsBoundary among the rest. */
    public AwsCall getUser(String user) {
        return AwsCall.of("iam", "get-user").with("--user-name", or(user, "USER"));
    }

    /**
     * The organization's policies of one kind (SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY) attached to the account itself
     * (its OUs' apply too); only the organization's management or delegated administrator account may read them.
     */
    public AwsCall organizationPolicies(String account, String kind) {
        return AwsCall.of("organizations", "list-policies-for-target").with("--target-id", or(account, "ACCOUNT_ID")).with("--filter", kind);
    }

    /** The resource's own policy, by the kind of resource its ARN names (a secret by default: the resource ECS reads most). */
    public AwsCall resourcePolicy(String arn, String region) {
        String a = or(arn, "SECRET_ARN");
        if (a.startsWith("arn:") && a.contains(":kms:")) {
            return in(AwsCall.of("kms", "get-key-policy").with("--key-id", a).with("--policy-name", "default"), region);
        }
        if (a.startsWith("arn:") && a.contains(":ecr:") && a.contains(":repository/")) {
            return in(AwsCall.of("ecr", "get-repository-policy").with("--repository-name", a.substring(a.indexOf(":repository/") + 12)), region);
        }
        if (a.startsWith("arn:aws:s3:::") || a.startsWith("arn:aws-cn:s3:::") || a.startsWith("arn:aws-us-gov:s3:::")) {
            String bucket = a.substring(a.indexOf(":::") + 3);
            return AwsCall.of("s3api", "get-bucket-policy").with("--bucket", bucket.contains("/") ? bucket.substring(0, bucket.indexOf('/')) : bucket);
        }
        return in(AwsCall.of("secretsmanager", "get-resource-policy").with("--secret-id", a), region);
    }

    /** The account and principal the credentials belong to (a profile or CI role of another account). */
    public AwsCall callerIdentity() {
        return AwsCall.of("sts", "get-caller-identity");
    }

    /** The cluster's container instances (then describe-container-instances on them for status, agent and resources). */
    public AwsCall listContainerInstances(String cluster, String region) {
        return in(AwsCall.of("ecs", "list-container-instances").with("--cluster", or(cluster, "CLUSTER")), region);
    }

    /**
     * The read that shows the current state of a stack resource that failed (its physical id from the stack event), or
     * the stack's events when no read of that type is known.
     */
    public AwsCall stackResourceState(String type, String physicalId, String stack, String region) {
        String id = physicalId == null || physicalId.isBlank() ? null : physicalId;
        if (id == null || type == null) return describeStackEvents(stack, region);
        return switch (type) {
            case "AWS::ECS::Service" -> id.startsWith("arn:") && id.split("/").length == 3
                    ? describeServices(id.split("/")[1], id.split("/")[2], region) : describeStackEvents(stack, region);
            case "AWS::ECS::TaskDefinition" -> describeTaskDefinition(id, region);
            case "AWS::ECS::Cluster" -> describeClusters(id, region);
            case "AWS::Logs::LogGroup" -> describeLogGroups(id, region);
            case "AWS::ElasticLoadBalancingV2::TargetGroup" -> describeTargetGroups(id, region);
            case "AWS::EC2::SecurityGroup" -> describeSecurityGroups(id, region);
            case "AWS::IAM::Role" -> attachedRolePolicies(id);
            default -> describeStackEvents(stack, region);
        };
    }
}
