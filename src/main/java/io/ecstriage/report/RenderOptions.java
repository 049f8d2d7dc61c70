package io.ecstriage.report;

import io.ecstriage.finding.RuleMeta;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.TemplateLines;
import java.util.Collection;
import java.util.List;

/**
 * What a renderer may need beyond the report: JSON, whether text may colour, the rules evaluated (SARIF lists
 * them as its rules, JUnit as its test cases) and the CloudFormation template findings point into (may be null).
 */
public record RenderOptions(JsonTrees json, boolean colour, List<RuleMeta> rules, TemplateLines template) {

    public RenderOptions {
        rules = List.copyOf(rules);
    }

    public static RenderOptions of(JsonTrees json, boolean colour) {
        return new RenderOptions(json, colour, List.of(), null);
    }

    public RenderOptions withRules(Collection<RuleMeta> evaluated) {
        return new RenderOptions(json, colour, List.copyOf(evaluated), template);
    }

    public RenderOptions withTemplate(TemplateLines t) {
        return new RenderOptions(json, colour, rules, t);
    }
}
