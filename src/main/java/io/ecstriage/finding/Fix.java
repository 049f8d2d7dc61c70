package io.ecstriage.finding;

import java.util.List;

/** What to run (commands filled with real ids) and what to change by hand. */
public record Fix(List<String> commands, List<String> notes, List<TemplateResource> templateResources) {
    public Fix {
        commands = List.copyOf(commands);
        notes = List.copyOf(notes);
        templateResources = List.copyOf(templateResources);
    }
}
