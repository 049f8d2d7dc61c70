package io.ecstriage.finding.check;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.model.Arns;
import io.ecstriage.model.EcsService;
import io.ecstriage.model.EcsTask;
import io.ecstriage.model.ErrorTexts;
import io.ecstriage.model.FailedCommand;
import io.ecstriage.model.ImageRef;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.StackEvent;
import io.ecstriage.model.TargetGroup;
import io.ecstriage.model.TaskDefinition;
import io.ecstriage.model.TextSignal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and ARNs an input gives, from its facts and from the words of its texts (a pasted service event names
 * its service, target group and, through the ARN, the Region). A placeholder is filled only from a single
 * candidate: two services in the input leave SERVICE for the person to choose.
 */
public final class Identifiers {
    private static final Pattern ARN = Pattern.compile("arn:aws[\\w-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\\d):\\d{12}:[\\w+=,.@:/-]+");
    private static final Pattern SERVICE = Pattern.compile("\\(service ([\\w-]{1,255})\\)"
            + "|(?:^|\\s)service ([\\w-]{1,255}) (?=was unable|has (?!been retried)|is unhealthy|operations|\\(port|\\(instance|registered|deregistered)");
    private static final Pattern TARGET_GROUP_NAME = Pattern.compile("target-group ([\\w-]{1,32})(?: |\\)|$)");
    private static final Pattern TASK = Pattern.compile("\\(task ([0-9a-f]{32}|[0-9a-f-]{36})\\)");
    private static final Pattern CLUSTER_ARN = Pattern.compile("arn:aws[\\w-]*:ecs:[a-z0-9-]+:\\d{12}:cluster/([\\w-]+)");
    private static final Pattern SERVICE_ARN = Pattern.compile("arn:aws[\\w-]*:ecs:[a-z0-9-]+:\\d{12}:service/(?:([\\w-]+)/)?([\\w-]+)");
    private static final Pattern TASK_DEFINITION_ARN = Pattern.compile("arn:aws[\\w-]*:ecs:[a-z0-9-]+:\\d{12}:task-definition/([\\w-]+:\\d+)");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:role/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]+)");
    private static final Pattern USER_ARN = Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:user/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]+)");
    /** The principal and the resource of IAM's "User: PRINCIPAL is not authorized to perform: ACTION on resource: RESOURCE". */
    private static final Pattern DENIAL = Pattern.compile("User: (arn:aws[\\w-]*:(?:iam|sts)::(\\d{12}):\\S+) is not authorized to perform: \\S+"
            + "(?: on resource: (arn:[\\w+=,.@:/*-]+))?");
    private static final Pattern CFN_SERVICE = Pattern.compile("AWS::ECS::Service' with identifier '([\\w:/-]{1,255})'");
    private static final Pattern STACK_ARN = Pattern.compile("arn:aws[\\w-]*:cloudformation:[a-z0-9-]+:\\d{12}:stack/([\\w-]+)/");
    private static final Pattern SUBNET = Pattern.compile("\\bsubnet-[0-9a-f]{8,17}\\b");
    /** An aws command at the start of a line, after a shell prompt ("$ ", "% ", "PS C:\\> ") if any. */
    private static final Pattern COMMAND = Pattern.compile("^(?:.{0,40}?[$%#>] +)?(aws +[a-z0-9-]+ +[a-z0-9-]+)");
    private static final Pattern LOG_GROUP = Pattern.compile("(?i)log group(?: name)?[ :]+(?:'([^'\\s]+)'|\"([^\"\\s]+)\"|(/[\\w/.#-]+))");

    final Set<String> regions = new LinkedHashSet<>();
    final Set<String> clusters = new LinkedHashSet<>();
    final Set<String> services = new LinkedHashSet<>();
    final Set<String> taskIds = new LinkedHashSet<>();
    final Set<String> taskDefinitions = new LinkedHashSet<>();
    final Set<String> targetGroups = new LinkedHashSet<>();
    final Set<String> logGroups = new LinkedHashSet<>();
    final Set<String> stacks = new LinkedHashSet<>();
    final Set<String> targetGroupNames = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final Set<String> users = new LinkedHashSet<>();
    final Set<String> accounts = new LinkedHashSet<>();
    final Set<String> deniedResources = new LinkedHashSet<>();
    final Set<ImageRef> images = new LinkedHashSet<>();
    final Set<String> subnets = new LinkedHashSet<>();

    public static Identifiers of(Snapshot snapshot) {
        Identifiers ids = new Identifiers();
        for (EcsService s : snapshot.all(EcsService.class)) {
            ids.services.add(s.serviceName());
            if (s.clusterName() != null) ids.clusters.add(s.clusterName());
            ids.subnets.addAll(s.subnets());
            ids.region(s.region());
        }
        for (EcsTask t : snapshot.all(EcsTask.class)) {
            ids.taskIds.add(t.taskId());
            if (t.taskDefinitionRef() != null) ids.taskDefinitions.add(t.taskDefinitionRef());
            if (t.subnetId() != null) ids.subnets.add(t.subnetId());
            ids.region(t.region());
        }
        for (TaskDefinition td : snapshot.all(TaskDefinition.class)) ids.taskDefinitions.add(td.family() + ":" + td.revision());
        for (TargetGroup tg : snapshot.all(TargetGroup.class)) if (tg.arn() != null) ids.targetGroups.add(tg.arn());
        for (StackEvent e : snapshot.all(StackEvent.class)) if (e.stackName() != null) ids.stacks.add(e.stackName());
        // reading a text only adds to sets, so a text repeated by thousands of tasks is read once
        Set<String> read = new HashSet<>();
        for (TextSignal s : snapshot.all(TextSignal.class)) if (read.add(s.text() == null ? "" : s.text())) ids.read(s.text());
        // a failed command's options were parsed when it was read
        for (FailedCommand c : snapshot.all(FailedCommand.class)) ids.readCall(new AwsCall(c.service(), c.operation(), c.options(), c.region()));
        ids.region(snapshot.region());
        ids.taskIds.remove(null);
        ids.services.remove(null);
        return ids;
    }

    private void region(String region) {
        if (region != null && !region.isBlank()) regions.add(region);
    }

    /**
     * The identifiers a text names: ARNs (and their Region), "(service NAME)", "(task ID)", ECR images, log groups.
     * Each pattern runs only on a text holding a literal it cannot match without; most texts hold few of them.
     */
    void read(String text) {
        if (text == null) return;
        Matcher m;
        boolean arns = text.contains("arn:aws");
        if (arns) {
            m = ARN.matcher(text);
            while (m.find()) region(m.group(1));
            m = CLUSTER_ARN.matcher(text);
            while (m.find()) clusters.add(m.group(1));
            m = SERVICE_ARN.matcher(text);
            while (m.find()) {
                if (m.group(1) != null) clusters.add(m.group(1));
                services.add(m.group(2));
            }
            m = TASK_DEFINITION_ARN.matcher(text);
            while (m.find()) taskDefinitions.add(m.group(1));
            m = STACK_ARN.matcher(text);
            while (m.find()) stacks.add(m.group(1));
            String tg = ErrorTexts.targetGroupArn(text);
            if (tg != null) targetGroups.add(tg);
        }
        // a match holds "service " at its start or one character in: the search jumps to each such literal
        m = SERVICE.matcher(text);
        int end = 0;
        for (int at = text.indexOf("service "); at >= 0 && m.find(Math.max(end, at - 1)); at = text.indexOf("service ", end)) {
            services.add(m.group(1) != null ? m.group(1) : m.group(2));
            end = m.end();
        }
        if (text.contains("AWS::ECS::Service' with identifier '")) {
            // CloudFormation's handler names the service it could not create by its name (or ARN, which SERVICE_ARN reads)
            m = CFN_SERVICE.matcher(text);
            while (m.find()) if (!m.group(1).startsWith("arn:")) services.add(m.group(1));
        }
        if (text.contains("target-group ")) {
            m = TARGET_GROUP_NAME.matcher(text);
            while (m.find()) targetGroupNames.add(m.group(1));
        }
        if (text.contains("assumed-role/")) {
            String role = ErrorTexts.assumedRole(text);
            if (role != null) roles.add(role);
        }
        if (arns) {
            m = ROLE_ARN.matcher(text);
            while (m.find()) roles.add(m.group(1));
        }
        if (arns && text.contains(" is not authorized to perform: ")) {
            m = DENIAL.matcher(text);
            while (m.find()) {
                Matcher user = USER_ARN.matcher(m.group(1));
                if (user.matches()) users.add(user.group(1));
                accounts.add(m.group(2));
                String resource = m.group(3);
                if (resource != null) deniedResources.add(resource.endsWith(".") ? resource.substring(0, resource.length() - 1) : resource);
            }
        }
        if (text.contains("(task ")) {
            m = TASK.matcher(text);
            while (m.find()) taskIds.add(m.group(1));
        }
        if (containsIgnoringCase(text, "log group")) {
            m = LOG_GROUP.matcher(text);
            while (m.find()) logGroups.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        if (text.contains("subnet-")) {
            m = SUBNET.matcher(text);
            while (m.find()) subnets.add(m.group());
        }
        for (ImageRef image : ErrorTexts.ecrImages(text)) {
            images.add(image);
            region(image.ecrRegion());
        }
        if (text.contains("aws ")) readCommands(text);
    }

    /**
     * The options of the aws commands a text holds, one per line as a terminal shows them ("$ aws ecs describe-services
     * --cluster prod --services web"): the names the user typed, which the checks then carry instead of placeholders.
     */
    private void readCommands(String text) {
        for (String line : text.split("\n")) {
            Matcher m = COMMAND.matcher(line);
            if (!m.find()) continue;
            AwsCall call = AwsCall.parse(line.substring(m.start(1)));
            if (call != null) readCall(call);
        }
    }

    /** The names a command's options give: --cluster, --services, --stack-name, --tasks, target group ARNs, --region. */
    private void readCall(AwsCall call) {
        name(clusters, call.first("--cluster"));
        for (String option : List.of("--services", "--service", "--service-name")) call.all(option).forEach(v -> name(services, v));
        name(stacks, call.first("--stack-name"));
        name(taskDefinitions, call.first("--task-definition"));
        name(logGroups, call.first("--log-group-name"));
        call.all("--tasks").forEach(v -> name(taskIds, v));
        for (String option : List.of("--target-group-arn", "--target-group-arns")) {
            call.all(option).stream().filter(v -> v.startsWith("arn:")).forEach(targetGroups::add);
        }
        region(call.first("--region"));
    }

    // an ARN names its resource by the patterns above; a placeholder or an empty value names nothing
    private static void name(Set<String> into, String value) {
        if (value != null && !value.isBlank() && !value.startsWith("arn:") && !value.startsWith("$")) into.add(value);
    }

    private static boolean containsIgnoringCase(String text, String literal) {
        for (int i = 0; i + literal.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, literal, 0, literal.length())) return true;
        }
        return false;
    }

    static String only(Set<String> values) {
        return values.size() == 1 ? values.iterator().next() : null;
    }

    public String region() {
        return only(regions);
    }

    public String cluster() {
        return only(clusters);
    }

    public String service() {
        return only(services);
    }

    public String targetGroup() {
        return only(targetGroups);
    }

    /** A target group named without its ARN ("target-group web-tg"), when no ARN is known. */
    public String targetGroupName() {
        return targetGroups.isEmpty() ? only(targetGroupNames) : null;
    }

    public String role() {
        return only(roles);
    }

    /** The IAM user a denial names as its principal ("User: arn:aws:iam::…:user/NAME is not authorized"). */
    public String user() {
        return only(users);
    }

    /** The account of a denied principal. */
    public String account() {
        return only(accounts);
    }

    /** The resource a denial names ("… on resource: ARN"). */
    public String deniedResource() {
        return only(deniedResources);
    }

    public java.util.List<String> taskIds() {
        return java.util.List.copyOf(taskIds);
    }

    /** Every subnet the input names (a describe-subnets check reads them all at once). */
    public java.util.List<String> subnets() {
        return java.util.List.copyOf(subnets);
    }

    public String taskId() {
        return only(taskIds);
    }

    public String taskDefinition() {
        return only(taskDefinitions);
    }

    public String logGroup() {
        return only(logGroups);
    }

    public String stack() {
        return only(stacks);
    }

    public ImageRef image() {
        return images.size() == 1 ? images.iterator().next() : null;
    }
}
