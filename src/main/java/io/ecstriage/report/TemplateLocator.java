package io.ecstriage.report;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.TemplateChange;
import io.ecstriage.finding.TemplateResource;
import io.ecstriage.model.TemplateLines;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The template line a finding's fix changes: of the property a fix command sets on that resource
 * (`aws elbv2 modify-target-group --health-check-path` → `HealthCheckPath` of the AWS::ElasticLoadBalancingV2::TargetGroup),
 * else of a property holding a value the finding names (an image URI), else of the resource itself.
 */
final class TemplateLocator {
    /** aws CLI service → CloudFormation namespace, for the services whose fixes ecs-triage prints. */
    private static final Map<String, String> NAMESPACES = Map.of("ecs", "ECS", "elbv2", "ElasticLoadBalancingV2",
            "ec2", "EC2", "logs", "Logs", "ecr", "ECR", "iam", "IAM", "amplify", "Amplify");
    /** Options that name what a command acts on rather than what it changes. */
    private static final Set<String> IDENTIFYING = Set.of("--cluster", "--service", "--region", "--profile", "--output",
            "--force-new-deployment", "--cli-input-json");

    private final TemplateLines template;

    TemplateLocator(TemplateLines template) {
        this.template = template;
    }

    /** The logical resource and line, or null when none of the finding's template resources is in this template. */
    Location locate(Finding f) {
        // a fix that names the template property itself (fix/PropertyChange resolved to a logical id) is the surest line
        for (TemplateChange c : f.fix().templateChanges()) {
            OptionalInt resourceLine = template.resourceLine(c.logicalId());
            if (resourceLine.isEmpty()) continue;
            OptionalInt line = OptionalInt.empty();
            if (c.property() != null) {
                // ContainerDefinitions[0].Image: the leaf key's line, else the top-level property's
                String[] path = c.property().split("\\.");
                line = template.propertyLine(c.logicalId(), path[path.length - 1].replaceAll("\\[\\d+]$", ""));
                if (line.isEmpty()) line = template.propertyLine(c.logicalId(), path[0].replaceAll("\\[\\d+]$", ""));
            }
            return new Location(c.logicalId(), c.property(), line.orElse(resourceLine.getAsInt()));
        }
        for (TemplateResource t : f.fix().templateResources()) {
            OptionalInt resourceLine = template.resourceLine(t.logicalId());
            if (resourceLine.isEmpty()) continue;
            for (String command : f.fix().commands()) {
                AwsCall call = AwsCall.parse(command);
                if (call == null || !t.resourceType().startsWith("AWS::" + NAMESPACES.get(call.service()) + "::")) continue;
                for (String option : call.options().keySet()) {
                    if (IDENTIFYING.contains(option) || option.endsWith("-name") || option.endsWith("-arn") || option.endsWith("-id")) continue;
                    String property = property(option);
                    OptionalInt line = template.propertyLine(t.logicalId(), property);
                    if (line.isPresent()) return new Location(t.logicalId(), property, line.getAsInt());
                }
            }
            for (String resource : f.resources()) {
                OptionalInt line = template.valueLine(t.logicalId(), resource);
                if (line.isPresent()) return new Location(t.logicalId(), null, line.getAsInt());
            }
            return new Location(t.logicalId(), null, resourceLine.getAsInt());
        }
        return null;
    }

    /** `--health-check-grace-period-seconds` → `HealthCheckGracePeriodSeconds`: the CLI and CloudFormation share the API's member names. */
    static String property(String option) {
        StringBuilder out = new StringBuilder();
        for (String word : option.replaceFirst("^--", "").split("-")) {
            if (!word.isEmpty()) out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return out.toString();
    }

    /** A logical resource, the property changed (null: the resource as a whole) and its line. */
    record Location(String logicalId, String property, int line) {}
}
