package io.ecstriage.finding;

import io.ecstriage.fix.Step;
import java.util.List;

/**
 * What to run and what to change by hand. When the stack owns a changed resource, the template changes are the
 * primary fix and the steps drift the stack.
 */
public record Fix(List<Step> steps, List<String> notes, List<TemplateResource> templateResources, List<TemplateChange> templateChanges) {
    public Fix {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        templateResources = List.copyOf(templateResources);
        templateChanges = List.copyOf(templateChanges);
    }

    /** Each step as the command line a person pastes. */
    public List<String> commands() {
        return steps.stream().map(Step::render).toList();
    }

    /** True when running the steps would make the stack's resources differ from its template. */
    public boolean driftsStack() {
        return !steps.isEmpty() && (!templateChanges.isEmpty() || !templateResources.isEmpty());
    }
}
