package io.ecstriage.finding;

import io.ecstriage.model.Arns;
import io.ecstriage.model.Snapshot;
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

    private static boolean same(String physical, String id) {
        if (physical.equals(id)) return true;
        // task definitions: the stack records the ARN of one revision, findings may name family:revision
        if (physical.contains(":task-definition/") || id.contains(":task-definition/")) {
            return Arns.taskDefinitionRef(physical).equals(Arns.taskDefinitionRef(id));
        }
        // services: the stack records the service ARN, findings may name the service
        return physical.contains(":service/") && physical.endsWith("/" + id);
    }
}
