package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;

/**
 * Makes a hypothesis' check (a typed read with its values) through the collector that declares it, recording it as
 * the collection does. A check with options no collector method takes (ec2 describe-subnets by subnet id) is not
 * made: {@link #run} says false.
 */
public interface CheckReads {

    /** Makes `call` (with its Region) and records it; false when no collector can make it as written. */
    boolean run(AwsCall call);

    /** The collectors of a live session, over its clients and recorder. */
    static CheckReads of(AwsClients aws, Recorder rec) {
        EcsCollector ecs = new EcsCollector(aws, rec);
        LogsCollector logs = new LogsCollector(aws, rec);
        ElbCollector elb = new ElbCollector(aws, rec);
        Ec2Collector ec2 = new Ec2Collector(aws, rec);
        EcrCollector ecr = new EcrCollector(aws, rec);
        CloudFormationCollector cfn = new CloudFormationCollector(aws, rec);
        IamCollector iam = new IamCollector(aws, rec);
        return c -> {
            String r = c.region();
            switch (c.service() + " " + c.operation()) {
                case "ecs describe-task-definition" -> ecs.describeTaskDefinition(r, c.first("--task-definition"));
                case "ecs describe-services" -> ecs.describeServices(r, c.first("--cluster"), c.all("--services"));
                case "ecs describe-tasks" -> ecs.describeTasks(r, c.first("--cluster"), c.all("--tasks"));
                case "ecs describe-clusters" -> ecs.describeClusters(r, c.all("--clusters"));
                case "ecs list-tasks" -> ecs.listTasks(r, c.first("--cluster"), c.first("--service-name"),
                        "STOPPED".equals(c.first("--desired-status")) ? EcsCollector.STOPPED : EcsCollector.RUNNING);
                case "logs describe-log-groups" -> {
                    // the check names one group by prefix; the collector asks for exact names (--log-group-identifiers)
                    List<String> names = c.all("--log-group-identifiers");
                    if (names.isEmpty() && c.first("--log-group-name-prefix") != null) names = List.of(c.first("--log-group-name-prefix"));
                    if (names.isEmpty()) return false;
                    logs.describeLogGroups(r, names);
                }
                case "logs get-log-events" -> logs.tail(r, c.first("--log-group-name"), c.first("--log-stream-name"));
                case "elbv2 describe-target-health" -> elb.describeTargetHealth(r, c.first("--target-group-arn"));
                case "elbv2 describe-target-groups" -> {
                    if (c.all("--target-group-arns").isEmpty()) return false;
                    elb.describeTargetGroups(r, c.all("--target-group-arns"));
                }
                case "ec2 describe-security-groups" -> ec2.describeSecurityGroups(r, c.all("--group-ids"));
                case "ecr describe-repositories" -> ecr.describeRepositories(r, c.all("--repository-names"));
                case "ecr describe-images" -> {
                    String id = c.first("--image-ids");
                    if (id == null) return false;
                    ecr.describeImage(r, c.first("--repository-name"), id.startsWith("imageTag=") ? id.substring(9) : null,
                            id.startsWith("imageDigest=") ? id.substring(12) : null);
                }
                case "cloudformation describe-stack-events" -> cfn.describeStackEvents(r, c.first("--stack-name"));
                case "iam list-attached-role-policies" -> iam.attachedPolicies(r, c.first("--role-name"));
                case "iam list-role-policies" -> iam.inlinePolicies(r, c.first("--role-name"));
                default -> {
                    return false;
                }
            }
            return true;
        };
    }

    /** Whether every option `call` needs is one the dispatch above reads (no filters, queries or other shapes). */
    static boolean plain(AwsCall call) {
        List<String> known = List.of("--task-definition", "--cluster", "--services", "--tasks", "--clusters", "--service-name",
                "--desired-status", "--log-group-name-prefix", "--log-group-name", "--log-stream-name", "--target-group-arn",
                "--target-group-arns", "--group-ids", "--repository-names", "--repository-name", "--image-ids", "--stack-name",
                "--role-name", "--region");
        return known.containsAll(call.options().keySet());
    }
}
