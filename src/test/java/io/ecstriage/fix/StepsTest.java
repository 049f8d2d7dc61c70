package io.ecstriage.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.ShellWords;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every step type renders one runnable line, quoted so a shell gives back exactly the values put in. */
class StepsTest {

    @Test
    void anAwsStepQuotesValuesAndKeepsShellVariablesExpandable() {
        AwsStep s = AwsStep.of(AwsCall.of("ec2", "authorize-security-group-ingress").with("--group-id", "$ENDPOINT_SG")
                .with("--description", "it's open").with("--cidr", "$(curl -s https://checkip.amazonaws.com)/32").in("eu-west-1"));
        assertEquals("aws ec2 authorize-security-group-ingress --group-id \"$ENDPOINT_SG\" --description 'it'\\''s open'"
                + " --cidr \"$(curl -s https://checkip.amazonaws.com)/32\" --region eu-west-1", s.render());
        assertEquals(List.of("aws", "ec2", "authorize-security-group-ingress", "--group-id", "$ENDPOINT_SG", "--description", "it's open",
                "--cidr", "$(curl -s https://checkip.amazonaws.com)/32", "--region", "eu-west-1"), ShellWords.split(s.render()));
        assertEquals("aws", s.kind());
    }

    @Test
    void anAwsStepCanKeepItsOutputInAVariable() {
        AwsStep s = AwsStep.of(AwsCall.of("ec2", "allocate-address").with("--domain", "vpc").in("us-east-1")).into("EIP");
        assertEquals("EIP=$(aws ec2 allocate-address --domain vpc --region us-east-1)", s.render());
    }

    @Test
    void aDockerStepQuotesItsWordsAndPipesAnAwsCallIn() {
        assertEquals("docker tag 'a b:1' c", DockerStep.of("tag", "a b:1", "c").render());
        assertEquals("aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 1.dkr.ecr.us-east-1.amazonaws.com",
                DockerStep.ecrLogin("1.dkr.ecr.us-east-1.amazonaws.com", "us-east-1").render());
        assertEquals("docker", DockerStep.of("push", "x").kind());
    }

    @Test
    void aJqStepQuotesItsFilterAsOneWord() {
        JqStep s = JqStep.of(".name = \"it's\"");
        assertEquals(List.of("jq", ".name = \"it's\""), ShellWords.split(s.render()));
        assertEquals("jq", s.kind());
    }

    @Test
    void aCurlStepQuotesTheUrl() {
        assertEquals("curl -v 'http://a/?x=1&y=2'", CurlStep.of("http://a/?x=1&y=2").render());
        assertEquals("curl", CurlStep.of("http://a/").kind());
    }

    @Test
    void aTaskDefinitionChangeIsOnePipelineWithTheReadOnlyFieldsDropped() {
        TaskDefinitionChange c = TaskDefinitionChange.ofContainer("web:7", "app \"x\"", ".image = \"r/img:2\"", "c1", "s1", "eu-west-1");
        String line = c.render();
        assertEquals("aws ecs describe-task-definition --task-definition web:7 --query taskDefinition --output json --region eu-west-1"
                + " | jq '.containerDefinitions |= map(if .name == \"app \\\"x\\\"\" then .image = \"r/img:2\" else . end)"
                + " | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities, .registeredAt, .registeredBy, .deregisteredAt)'"
                + " > taskdef.json && aws ecs register-task-definition --cli-input-json file://taskdef.json --query taskDefinition.taskDefinitionArn"
                + " --output text --region eu-west-1 && aws ecs update-service --cluster c1 --service s1 --task-definition web --region eu-west-1", line);
        for (String f : List.of("taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt", "registeredBy")) {
            assertTrue(c.jq().filter().contains("." + f), f);
        }
        assertEquals(List.of("ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition", "ecs:UpdateService"),
                c.calls().stream().map(AwsCall::iamAction).toList());
        assertEquals("task-definition", c.kind());
    }

    @Test
    void withoutAServiceThePipelineStopsAtRegister() {
        TaskDefinitionChange c = TaskDefinitionChange.ofTask("web:7", ".cpu = \"512\"", null, null, "eu-west-1");
        assertNull(c.updateService());
        assertTrue(c.render().endsWith("--output text --region eu-west-1"), c.render());
        assertEquals(2, c.calls().size());
    }

    @Test
    void aStepTheEvidenceContradictsIsNeverPrinted() {
        AwsStep kept = AwsStep.of(AwsCall.of("logs", "create-log-group")).given(Precondition.verified("group absent"));
        AwsStep unknown = AwsStep.of(AwsCall.of("logs", "describe-log-groups")).given(Precondition.unknown("x"));
        AwsStep dropped = AwsStep.of(AwsCall.of("ecr", "create-repository")).given(Precondition.contradicted("repository absent"));
        assertFalse(kept.contradicted());
        assertTrue(dropped.contradicted());
        assertEquals(List.of(kept, unknown), Step.printable(Arrays.asList(kept, null, dropped, unknown)));
    }

    @Test
    void aPreconditionSaysYesNoOrNotKnown() {
        assertEquals("the repository exists in us-east-1: yes", Precondition.verified("the repository exists in us-east-1").render());
        assertEquals("x: no", Precondition.of("x", false).render());
        assertEquals("x: not known", Precondition.unknown("x").render());
    }

    @Test
    void jqStringsEscapeWhatJsonNeeds() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Jq.string("a\"b\\c\nd\u0001"));
    }
}
