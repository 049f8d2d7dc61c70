package io.ecstriage.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AwsCallParseTest {

    @Test
    void splitsServiceOperationAndOptions() {
        AwsCall c = AwsCall.parse("aws ecs describe-services --cluster web-cluster --services web api --region eu-west-1");

        assertEquals("ecs", c.service());
        assertEquals("describe-services", c.operation());
        assertEquals("web-cluster", c.first("--cluster"));
        assertEquals(List.of("web", "api"), c.all("--services"));
        assertEquals("eu-west-1", c.first("--region"));
    }

    @Test
    void absentOptionIsNullOrEmpty() {
        AwsCall c = AwsCall.parse("aws logs describe-log-groups");

        assertNull(c.first("--log-group-name-prefix"));
        assertEquals(List.of(), c.all("--log-group-name-prefix"));
    }

    @Test
    void optionWithoutValueIsPresentButEmpty() {
        AwsCall c = AwsCall.parse("aws ec2 modify-subnet-attribute --map-public-ip-on-launch --subnet-id subnet-1");

        assertNull(c.first("--map-public-ip-on-launch"));
        assertEquals(List.of(), c.all("--map-public-ip-on-launch"));
        assertEquals(true, c.options().containsKey("--map-public-ip-on-launch"));
        assertEquals("subnet-1", c.first("--subnet-id"));
    }

    @Test
    void equalsFormTakesTheValueAfterTheFirstEqualsSign() {
        AwsCall c = AwsCall.parse("aws ec2 describe-subnets --filters=Name=vpc-id,Values=vpc-1 --region=us-east-1");

        assertEquals("Name=vpc-id,Values=vpc-1", c.first("--filters"));
        assertEquals("us-east-1", c.first("--region"));
    }

    @Test
    void singleQuotesKeepEverythingLiterally() {
        AwsCall c = AwsCall.parse("aws ecs describe-services --query 'services[0].events[?message!=`x`] | [0:5]' --output json");

        assertEquals("services[0].events[?message!=`x`] | [0:5]", c.first("--query"));
        assertEquals("json", c.first("--output"));
    }

    @Test
    void doubleQuotesGroupWordsAndUnescapeQuotes() {
        AwsCall c = AwsCall.parse("aws logs filter-log-events --log-group-name \"/ecs/my app\" --filter-pattern \"\\\"ERROR\\\" timeout\"");

        assertEquals("/ecs/my app", c.first("--log-group-name"));
        assertEquals("\"ERROR\" timeout", c.first("--filter-pattern"));
    }

    @Test
    void backslashOutsideQuotesEscapesTheNextCharacter() {
        AwsCall c = AwsCall.parse("aws logs describe-log-groups --log-group-name-prefix /ecs/my\\ app");

        assertEquals("/ecs/my app", c.first("--log-group-name-prefix"));
    }

    @Test
    void quotedAndUnquotedPartsJoinIntoOneWord() {
        AwsCall c = AwsCall.parse("aws ecs describe-tasks --tasks arn:aws:ecs:eu-west-1:1:task/'c 1'/abc");

        assertEquals("arn:aws:ecs:eu-west-1:1:task/c 1/abc", c.first("--tasks"));
    }

    @Test
    void emptyQuotedArgumentIsKept() {
        AwsCall c = AwsCall.parse("aws logs describe-log-groups --log-group-name-prefix ''");

        assertEquals("", c.first("--log-group-name-prefix"));
    }

    @Test
    void lineContinuationsJoinTheCommand() {
        AwsCall c = AwsCall.parse("aws elbv2 describe-target-health \\\n    --target-group-arn arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/tg/abc \\\n    --region us-east-1");

        assertEquals("elbv2", c.service());
        assertEquals("arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/tg/abc", c.first("--target-group-arn"));
        assertEquals("us-east-1", c.first("--region"));
    }

    @Test
    void wordsBeforeAwsAreSkipped() {
        AwsCall env = AwsCall.parse("AWS_PROFILE=dev aws ecs describe-clusters --clusters c1");
        assertEquals("ecs", env.service());
        assertEquals("describe-clusters", env.operation());

        AwsCall prompted = AwsCall.parse("$ aws ecs describe-clusters --clusters c1");
        assertEquals("ecs", prompted.service());
        assertEquals("describe-clusters", prompted.operation());
        assertEquals("c1", prompted.first("--clusters"));
    }

    @Test
    void notAnAwsCall() {
        assertNull(AwsCall.parse(null));
        assertNull(AwsCall.parse("kubectl get pods"));
        assertNull(AwsCall.parse("aws ecs"), "a service without an operation is not a command");
        assertNotNull(AwsCall.parse("aws ecs list-clusters"));
    }

    @Test
    void optionsAreImmutable() {
        AwsCall c = AwsCall.parse("aws ecs describe-services --services web");

        assertThrows(UnsupportedOperationException.class, () -> c.options().put("--x", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> c.all("--services").add("api"));
    }

    @Test
    void shellWordsSplitsOnAnyWhitespace() {
        assertEquals(List.of("a", "b", "c"), ShellWords.split("  a\tb \n c  "));
        assertEquals(List.of("it's"), ShellWords.split("'it'\\''s'"));
        assertEquals(List.of(), ShellWords.split("   "));
    }
}
