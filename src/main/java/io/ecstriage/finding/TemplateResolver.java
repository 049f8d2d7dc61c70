package io.ecstriage.finding;

import io.ecstriage.fix.PropertyChange;
import io.ecstriage.model.Arns;
import io.ecstriage.model.ContainerDefinition;
import io.ecstriage.model.Snapshot;
import io.ecstriage.model.Stack;
import io.ecstriage.model.StackResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Finds the stack's logical resource behind each physical resource a finding names. */
final class TemplateResolver {

    List<TemplateResource> resolve(Collection<String> physicalIds, Snapshot snapshot) {
        List<TemplateResource> out = new ArrayList<>();
        List<StackResource> resources = snapshot.all(StackResource.class);
        for (String id : physicalIds) {
            for (StackResource r : resources) {
                if (r.physicalId() != null && same(r.physicalId(), id)) {
                    TemplateResource t = new TemplateResource(r.stackName(), r.logicalId(), r.resourceType(), r.physicalId());
                    if (!out.contains(t)) out.add(t);
                }
            }
        }
        return out;
    }

    /** The template properties the steps change, where a stack owns the resource; each names the parameter that feeds it, if one does. */
    List<TemplateChange> changes(Collection<io.ecstriage.fix.Step> steps, Snapshot snapshot) {
        List<TemplateChange> out = new ArrayList<>();
        for (io.ecstriage.fix.Step step : steps) {
            PropertyChange c = step.change();
            if (c == null || c.physicalId() == null) continue;
            for (TemplateResource r : resolve(List.of(c.physicalId()), snapshot)) {
                String parameter = snapshot.all(Stack.class).stream().filter(s -> r.stackName().equals(s.stackName()))
                        .flatMap(s -> s.parameters().entrySet().stream()).filter(e -> c.oldValue() != null && c.oldValue().equals(e.getValue()))
                        .map(java.util.Map.Entry::getKey).sorted().findFirst().orElse(null);
                TemplateChange t = new TemplateChange(r.stackName(), r.logicalId(), r.resourceType(), path(c, snapshot), c.newValue(), parameter);
                if (!out.contains(t)) out.add(t);
            }
        }
        return out;
    }

    /** `Image` of container `api` → `ContainerDefinitions[0].Image`, by the container's place in its task definition. */
    private static String path(PropertyChange c, Snapshot snapshot) {
        if (c.container() == null) return c.property();
        List<ContainerDefinition> containers = snapshot.all(ContainerDefinition.class).stream()
                .filter(d -> same(d.taskDefinitionArn(), c.physicalId())).toList();
        for (int i = 0; i < containers.size(); i++) {
            if (containers.get(i).name().equals(c.container())) return "ContainerDefinitions[" + i + "]." + c.property();
        }
        return "ContainerDefinitions[?Name=='" + c.container() + "']." + c.property();
    }

    private static boolean same(String physical, String id) {
        if (physical == null || id == null) return false; // a resource read without the id (a partial capture) is no match
        if (physical.equals(id)) return true;
        // task definitions: the stack records the ARN of one revision, findings may name family:revision
        if (physical.contains(":task-definition/") || id.contains(":task-definition/")) {
            return Arns.taskDefinitionRef(physical).equals(Arns.taskDefinitionRef(id));
        }
        // services: the stack records the service ARN, findings may name the service
        return physical.contains(":service/") && physical.endsWith("/" + id);
    }
}
