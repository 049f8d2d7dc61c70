package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.finding.Finding;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.Fix;
import io.ecstriage.finding.TemplateChange;
import io.ecstriage.fix.AwsStep;
import io.ecstriage.fix.Step;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.TemplateResource;
import io.ecstriage.ingest.InputLoader;
import io.ecstriage.ingest.TemplateReader;
import io.ecstriage.model.TemplateLines;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLocatorTest {
    private static final TemplateLines TEMPLATE = new TemplateReader(InputLoader.DEFAULT_MAX_BYTES).read(
            TestDiagnosis.projectDir().resolve("src/test/resources/templates/task-management-api.yaml").toString(), TestDiagnosis.projectDir());
    private static final TemplateResource TARGET_GROUP = new TemplateResource("task-management-api", "TargetGroup",
            "AWS::ElasticLoadBalancingV2::TargetGroup", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/1");
    private static final TemplateResource SERVICE = new TemplateResource("task-management-api", "ECSService",
            "AWS::ECS::Service", "arn:aws:ecs:us-east-1:123456789012:service/c/s");

    private static Finding finding(List<String> resources, List<String> commands, TemplateResource... template) {
        RuleMeta rule = new RuleMeta("SomeRule", "Something", Severity.HIGH, "load-balancing", "");
        return new Finding(1, rule, 0.9, resources, List.of(), new Fix(commands.stream().filter(c -> c.startsWith("aws ")).map(c -> (Step) AwsStep.of(AwsCall.parse(c))).toList(), List.of(), List.of(template), List.of()), List.of(), List.of(), null);
    }

    private static TemplateLocator.Location locate(Finding f) {
        return new TemplateLocator(TEMPLATE).locate(f);
    }

    @Test
    void aTemplateChangeOfTheFixPointsAtItsProperty() {
        RuleMeta rule = new RuleMeta("SomeRule", "Something", Severity.HIGH, "load-balancing", "");
        TemplateChange change = new TemplateChange("task-management-api", "TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup",
                "HealthCheckPath", "/healthz", null);
        Finding f = new Finding(1, rule, 0.9, List.of(), List.of(), new Fix(List.of(), List.of(), List.of(), List.of(change)),
                List.of(), List.of(), null);

        assertEquals(new TemplateLocator.Location("TargetGroup", "HealthCheckPath", 59), locate(f));
    }

    @Test
    void theOptionAFixCommandSetsIsThePropertyToChange() {
        Finding f = finding(List.of(), List.of("aws elbv2 modify-target-group --target-group-arn " + TARGET_GROUP.physicalId()
                + " --health-check-path /healthz --region us-east-1"), TARGET_GROUP);

        assertEquals(new TemplateLocator.Location("TargetGroup", "HealthCheckPath", 59), locate(f));
    }

    @Test
    void identifyingOptionsAndOtherServicesDoNotCount() {
        Finding grace = finding(List.of(), List.of("aws ecs update-service --cluster c --service s --force-new-deployment"
                + " --health-check-grace-period-seconds 300"), SERVICE);
        Finding otherService = finding(List.of(), List.of("aws elbv2 modify-target-group --health-check-grace-period-seconds 1"), SERVICE);

        assertEquals(new TemplateLocator.Location("ECSService", "HealthCheckGracePeriodSeconds", 46), locate(grace));
        assertEquals(new TemplateLocator.Location("ECSService", null, 39), locate(otherService), "the resource line");
    }

    @Test
    void aValueTheFindingNamesComesNextThenTheResource() {
        TemplateResource td = new TemplateResource("task-management-api", "TaskDefinition", "AWS::ECS::TaskDefinition", "arn:td");
        String image = "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/task-management-api:latest";

        assertEquals(new TemplateLocator.Location("TaskDefinition", null, 30), locate(finding(List.of("arn:td", image), List.of("docker push x"), td)));
        assertEquals(new TemplateLocator.Location("TaskDefinition", null, 18), locate(finding(List.of("arn:td"), List.of(), td)));
    }

    @Test
    void noLocationWhenTheTemplateLacksTheResource() {
        TemplateResource elsewhere = new TemplateResource("network", "PrivateSubnet", "AWS::EC2::Subnet", "subnet-1");

        assertNull(locate(finding(List.of("subnet-1"), List.of(), elsewhere)));
        assertNull(locate(finding(List.of("subnet-1"), List.of())));
    }

    @Test
    void optionNamesBecomeCloudFormationPropertyNames() {
        assertEquals("HealthCheckGracePeriodSeconds", TemplateLocator.property("--health-check-grace-period-seconds"));
        assertEquals("ImageTagMutability", TemplateLocator.property("--image-tag-mutability"));
    }
}
