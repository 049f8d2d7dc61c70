package io.ecstriage.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AwsCallTest {

    @Test
    void rendersValuesQuotedAndTheRegionLast() {
        AwsCall call = AwsCall.of("logs", "describe-log-groups").in("eu-west-1").with("--log-group-name-prefix", "/ecs/my app");
        assertEquals("aws logs describe-log-groups --log-group-name-prefix '/ecs/my app' --region eu-west-1", call.render());
    }

    @Test
    void rendersListsAndFlags() {
        AwsCall call = AwsCall.of("ecs", "describe-services").with("--cluster", "c").withAll("--services", List.of("a", "b")).flag("--no-cli-pager");
        assertEquals("aws ecs describe-services --cluster c --services a b --no-cli-pager", call.render());
    }

    @Test
    void nullValuesLeaveTheCallAsItIs() {
        AwsCall call = AwsCall.of("ecs", "list-tasks").with("--service-name", null).withAll("--x", List.of());
        assertEquals("aws ecs list-tasks", call.render());
    }

    @Test
    void parseReadsWhatRenderWrites() {
        AwsCall call = AwsCall.of("ec2", "describe-security-groups").withAll("--group-ids", List.of("sg-1", "sg 2")).in("us-east-1");
        AwsCall back = AwsCall.parse(call.render());
        assertEquals(call.service(), back.service());
        assertEquals(call.operation(), back.operation());
        assertEquals(List.of("sg-1", "sg 2"), back.all("--group-ids"));
        assertEquals("us-east-1", back.region());
        assertEquals(call.render(), back.render());
    }

    @Test
    void parseTakesGlobalOptionsPromptsEqualsFormsAndContinuations() {
        AwsCall call = AwsCall.parse("$ aws --region ap-northeast-1 ecs describe-tasks \\\n  --cluster=prod --tasks t1 t2");
        assertEquals("ecs", call.service());
        assertEquals("describe-tasks", call.operation());
        assertEquals("prod", call.first("--cluster"));
        assertEquals(List.of("t1", "t2"), call.all("--tasks"));
        assertEquals("ap-northeast-1", call.region());
    }

    @Test
    void parseRefusesWhatIsNotACommand() {
        assertNull(AwsCall.parse("no command here"));
        assertNull(AwsCall.parse("aws ecs"));
        assertNull(AwsCall.parse("aws ecs describe-tasks --cluster 'open"));
        assertNull(AwsCall.parse(null));
    }

    @Test
    void namesItsIamActionAndWhetherItReads() {
        AwsCall health = AwsCall.of("elbv2", "describe-target-health");
        assertEquals("elasticloadbalancing:DescribeTargetHealth", health.iamAction());
        assertTrue(health.isRead());
        assertFalse(AwsCall.of("ecs", "update-service").isRead());
        assertFalse(AwsCall.of("ecr", "get-authorization-token").isRead(), "hands out a secret");
    }

    @Test
    void placeholdersAreWhatTheEvidenceDidNotFill() {
        AwsCall call = AwsCall.of("ecs", "describe-task-definition").with("--task-definition", "FAMILY:REVISION").in("REGION");
        assertEquals(List.of("FAMILY:REVISION", "REGION"), call.placeholders());
        assertEquals(List.of(), AwsCall.of("ecs", "describe-services").with("--cluster", "prod").with("--services", "web").in("eu-west-1").placeholders());
    }

    @Test
    void theSplitterFollowsPosixQuoting() {
        assertEquals(List.of("a b", "c'd", "e$f", "g"), ShellWords.split("'a b' \"c'd\" \"e\\$f\" g"));
        assertEquals(List.of("ab"), ShellWords.split("a\\\nb"));
        assertNull(ShellWords.split("'open"));
        assertEquals("'it'\\''s'", ShellWords.quote("it's"));
        assertEquals("''", ShellWords.quote(""));
        assertEquals("sg-1", ShellWords.quote("sg-1"));
    }
}
