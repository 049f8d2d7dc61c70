package io.ecstriage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Small, hand-made `aws … --output json` outputs and fixtures in the recorded format of fixtures/ (a
 * root with ecsTriageFixture 1, description, region, capturedAt and captures of command/region/output/text).
 * Only the fields the readers use are filled in.
 */
public final class Samples {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String ACCOUNT = "111122223333";
    public static final String REGION = "eu-west-1";
    public static final String GROUP = "/ecs/web";
    public static final String CLUSTER = "web-cluster";
    public static final String SERVICE = "web-service";

    /** The older Fargate / Docker wording of a missing awslogs group. */
    public static final String LOG_GROUP_REASON = "ResourceInitializationError: failed to validate logger args: create stream has"
            + " been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log"
            + " group does not exist. : exit status 1";

    private Samples() {}

    public static String taskDefinitionArn(String region, String family, int revision) {
        return "arn:aws:ecs:" + region + ":" + ACCOUNT + ":task-definition/" + family + ":" + revision;
    }

    public static String taskArn(String region, String taskId) {
        return "arn:aws:ecs:" + region + ":" + ACCOUNT + ":task/" + CLUSTER + "/" + taskId;
    }

    /** `aws ecs describe-task-definition`: one container "app" logging with awslogs to `group` in `awslogsRegion`. */
    public static ObjectNode taskDefinition(String region, String family, int revision, String group, String awslogsRegion,
                                            boolean createGroup) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode td = root.putObject("taskDefinition");
        td.put("taskDefinitionArn", taskDefinitionArn(region, family, revision)).put("family", family).put("revision", revision)
                .put("networkMode", "awsvpc").put("cpu", "256").put("memory", "512");
        td.putArray("requiresCompatibilities").add("FARGATE");
        ObjectNode c = td.putArray("containerDefinitions").addObject();
        c.put("name", "app").put("image", "public.ecr.aws/nginx/nginx:1.27").put("essential", true);
        c.putArray("portMappings").addObject().put("containerPort", 80).put("protocol", "tcp");
        ObjectNode log = c.putObject("logConfiguration").put("logDriver", "awslogs");
        ObjectNode options = log.putObject("options");
        options.put("awslogs-group", group).put("awslogs-region", awslogsRegion).put("awslogs-stream-prefix", "ecs");
        if (createGroup) options.put("awslogs-create-group", "true");
        return root;
    }

    public static ObjectNode taskDefinition(String group) {
        return taskDefinition(REGION, "web", 3, group, REGION, false);
    }

    /** `aws logs describe-log-groups`: the groups named, all in `region`. */
    public static ObjectNode logGroups(String region, String... names) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode groups = root.putArray("logGroups");
        for (String n : names) {
            groups.addObject().put("logGroupName", n).put("creationTime", 1763776000000L)
                    .put("arn", "arn:aws:logs:" + region + ":" + ACCOUNT + ":log-group:" + n + ":*");
        }
        return root;
    }

    /** `aws ecs describe-tasks`: STOPPED tasks of SERVICE running web:3, taskId → stoppedReason. */
    public static ObjectNode stoppedTasks(String region, Map<String, String> reasons) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode tasks = root.putArray("tasks");
        int i = 0;
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            i++;
            ObjectNode t = tasks.addObject();
            t.put("taskArn", taskArn(region, e.getKey()))
                    .put("clusterArn", "arn:aws:ecs:" + region + ":" + ACCOUNT + ":cluster/" + CLUSTER)
                    .put("taskDefinitionArn", taskDefinitionArn(region, "web", 3))
                    .put("group", "service:" + SERVICE).put("lastStatus", "STOPPED").put("desiredStatus", "STOPPED")
                    .put("launchType", "FARGATE").put("stopCode", "TaskFailedToStart").put("stoppedReason", e.getValue())
                    .put("createdAt", "2026-11-22T10:0" + i + ":07.880000+09:00")
                    .put("stoppedAt", "2026-11-22T10:0" + i + ":52.480000+09:00");
            t.putArray("containers").addObject().put("name", "app").put("lastStatus", "STOPPED")
                    .put("taskArn", taskArn(region, e.getKey()));
            t.putArray("failures");
        }
        root.putArray("failures");
        return root;
    }

    /** `aws ecs describe-services`: SERVICE on web:3, running below desired, with a deployment that has failed tasks. */
    public static ObjectNode failingService(String region) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode s = root.putArray("services").addObject();
        s.put("serviceArn", "arn:aws:ecs:" + region + ":" + ACCOUNT + ":service/" + CLUSTER + "/" + SERVICE)
                .put("serviceName", SERVICE).put("clusterArn", "arn:aws:ecs:" + region + ":" + ACCOUNT + ":cluster/" + CLUSTER)
                .put("status", "ACTIVE").put("desiredCount", 1).put("runningCount", 0).put("pendingCount", 0)
                .put("launchType", "FARGATE").put("taskDefinition", taskDefinitionArn(region, "web", 3));
        s.putArray("loadBalancers");
        ObjectNode d = s.putArray("deployments").addObject();
        d.put("id", "ecs-svc/1234567890123456789").put("status", "PRIMARY").put("taskDefinition", taskDefinitionArn(region, "web", 3))
                .put("desiredCount", 1).put("runningCount", 0).put("failedTasks", 2).put("rolloutState", "IN_PROGRESS")
                .put("updatedAt", "2026-11-22T10:13:25.204000+09:00");
        s.putArray("events");
        root.putArray("failures");
        return root;
    }

    public static String describeTaskDefinition(String region) {
        return "aws ecs describe-task-definition --task-definition web:3 --region " + region;
    }

    public static String describeLogGroups(String prefix, String region) {
        return "aws logs describe-log-groups --log-group-name-prefix " + prefix + " --region " + region;
    }

    public static String describeTasks(String region) {
        return "aws ecs describe-tasks --cluster " + CLUSTER + " --tasks t1 --region " + region;
    }

    /** Task definition logging to /ecs/web and a complete listing without it: LogGroupMissing from configuration alone. */
    public static String logGroupMissing() {
        return fixture("web:3 logs to /ecs/web, which the listing does not hold", REGION)
                .output(describeTaskDefinition(REGION), taskDefinition(GROUP))
                .output(describeLogGroups(GROUP, REGION), logGroups(REGION))
                .json();
    }

    /** The same task definition with its log group present: nothing to report. */
    public static String healthy() {
        return fixture("web:3 logs to /ecs/web, which exists", REGION)
                .output(describeTaskDefinition(REGION), taskDefinition(GROUP))
                .output(describeLogGroups(GROUP, REGION), logGroups(REGION, GROUP))
                .json();
    }

    public static Fixture fixture(String description, String region) {
        return new Fixture(description, region);
    }

    /** A fixture file under construction. */
    public static final class Fixture {
        private final ObjectNode root = JSON.createObjectNode();
        private final ArrayNode captures;

        Fixture(String description, String region) {
            root.put("ecsTriageFixture", 1).put("description", description);
            if (region != null) root.put("region", region);
            root.put("capturedAt", "2026-11-22T01:15:00Z");
            captures = root.putArray("captures");
        }

        public Fixture output(String command, JsonNode output) {
            ObjectNode c = captures.addObject();
            if (command != null) c.put("command", command);
            c.set("output", output);
            return this;
        }

        public Fixture output(String command, String region, JsonNode output) {
            ObjectNode c = captures.addObject();
            if (command != null) c.put("command", command);
            c.put("region", region);
            c.set("output", output);
            return this;
        }

        public Fixture text(String command, String text) {
            ObjectNode c = captures.addObject();
            if (command != null) c.put("command", command);
            c.put("text", text);
            return this;
        }

        public Fixture capture(JsonNode capture) {
            captures.add(capture);
            return this;
        }

        public String json() {
            return root.toPrettyString();
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
