package io.ecstriage.report;

import io.ecstriage.finding.RuleMeta;
import java.util.Collection;

/** docs/rules/index.md, generated from the rule metadata (`ecs-triage rules --format markdown`). */
public final class RuleIndex {

    public String render(Collection<RuleMeta> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalog\n\n");
        md.append("Generated from the rules' metadata by `bin/ecs-triage rules --format markdown > docs/rules/index.md`;"
                + " do not edit by hand (a test compares it).\n\n");
        md.append("| id | severity | category | what goes wrong |\n|---|---|---|---|\n");
        for (RuleMeta m : rules) {
            md.append("| [").append(m.id()).append("](").append(m.id()).append(".md) | ").append(m.severity())
                    .append(" | ").append(m.category()).append(" | ").append(m.title()).append(" |\n");
        }
        return md.toString();
    }
}
