package io.ecstriage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.finding.BenignStop;
import io.ecstriage.finding.Evidence;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.MissingEvidence;
import io.ecstriage.finding.Symptom;
import io.ecstriage.finding.differential.Hypothesis;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.TemplateChange;
import io.ecstriage.finding.TemplateResource;
import io.ecstriage.fix.Precondition;
import io.ecstriage.fix.Step;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.IgnoredInput;
import io.ecstriage.model.RevisionChange;
import io.ecstriage.model.StackChange;
import java.io.PrintWriter;

/** The stable machine-readable report; its schema is docs/report-schema.md, version {@value #SCHEMA_VERSION}. */
public final class JsonRenderer implements Renderer {
    public static final int SCHEMA_VERSION = 1;
    private final JsonTrees json;

    public JsonRenderer(JsonTrees json) {
        this.json = json;
    }

    @Override
    public void render(Report r, PrintWriter out) {
        json.pretty(toJson(r), out);
        out.println();
        out.flush();
    }

    public ObjectNode toJson(Report r) {
        ObjectNode root = json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("input", r.input());
        root.put("region", r.region());
        root.put("problemsFound", r.problemsFound());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode j = findings.addObject();
            j.put("rank", f.rank());
            j.put("ruleId", f.ruleId());
            j.put("title", f.rule().title());
            j.put("severity", f.severity().name());
            j.put("category", f.rule().category());
            j.put("confidence", f.confidence());
            f.resources().forEach(j.putArray("resources")::add);
            ArrayNode ev = j.putArray("evidence");
            for (Evidence e : f.evidence()) ev.addObject().put("source", e.source()).put("text", e.text());
            ObjectNode fix = j.putObject("fix");
            f.fix().commands().forEach(fix.putArray("commands")::add);
            f.fix().notes().forEach(fix.putArray("notes")::add);
            ArrayNode tpl = fix.putArray("templateResources");
            for (TemplateResource t : f.fix().templateResources()) {
                tpl.addObject().put("stackName", t.stackName()).put("logicalId", t.logicalId())
                        .put("resourceType", t.resourceType()).put("physicalId", t.physicalId());
            }
            ArrayNode steps = fix.putArray("steps");
            for (Step s : f.fix().steps()) {
                ObjectNode step = steps.addObject().put("type", s.kind()).put("command", s.render());
                ArrayNode pre = step.putArray("preconditions");
                for (Precondition p : s.preconditions()) pre.addObject().put("claim", p.claim()).put("holds", p.holds());
            }
            ArrayNode changes = fix.putArray("templateChanges");
            for (TemplateChange t : f.fix().templateChanges()) {
                changes.addObject().put("stackName", t.stackName()).put("logicalId", t.logicalId()).put("property", t.property())
                        .put("path", t.path()).put("value", t.value()).put("parameter", t.parameter());
            }
            fix.put("driftsStack", f.fix().driftsStack());
            symptoms(j.putArray("explains"), f.explains());
            missing(j.putArray("missingEvidence"), f.missingEvidence());
            j.put("docs", f.rule().docs());
            j.put("advisory", f.advisory());
            ArrayNode effects = j.putArray("explainsFindings");
            for (Finding.Effect e : f.effects()) {
                effects.addObject().put("ruleId", e.ruleId()).put("title", e.title()).put("severity", e.severity().name()).put("via", e.via());
            }
        }
        symptoms(root.putArray("unexplainedSymptoms"), r.unexplainedSymptoms());
        root.put("unexplainedFailure", r.unexplainedFailure());
        ArrayNode hypotheses = root.putArray("hypotheses");
        for (Hypothesis h : r.hypotheses()) {
            ObjectNode j = hypotheses.addObject();
            j.put("rank", h.rank()).put("causeId", h.causeId()).put("rule", h.rule()).put("title", h.title())
                    .put("weight", h.weight()).put("confirmed", false).put("why", h.why());
            h.symptoms().forEach(j.putArray("symptoms")::add);
            check(j.putObject("check"), h.check());
        }
        ArrayNode benign = root.putArray("benignStops");
        for (BenignStop b : r.benignStops()) {
            benign.addObject().put("subject", b.subject()).put("service", b.service()).put("stopCode", b.stopCode())
                    .put("kind", b.kind()).put("reason", b.reason());
        }
        ArrayNode ignored = root.putArray("ignoredInputs");
        for (IgnoredInput i : r.ignoredInputs()) {
            ObjectNode j = ignored.addObject().put("source", i.source()).put("reason", i.reason());
            i.keys().forEach(j.putArray("keys")::add);
        }
        missing(root.putArray("missingEvidence"), r.missingEvidence());
        ArrayNode notChecked = root.putArray("notChecked");
        for (Finding f : r.notChecked()) {
            ObjectNode j = notChecked.addObject();
            j.put("ruleId", f.ruleId()).put("title", f.rule().title()).put("severity", f.severity().name()).put("category", f.rule().category());
            f.resources().forEach(j.putArray("resources")::add);
            ArrayNode ev = j.putArray("evidence");
            for (Evidence e : f.evidence()) ev.addObject().put("source", e.source()).put("text", e.text());
            missing(j.putArray("missingEvidence"), f.missingEvidence());
            j.put("docs", f.rule().docs());
        }
        if (!r.changes().isEmpty()) changes(root.putArray("changes"), r.changes());
        if (!r.stackChanges().isEmpty()) stackChanges(root.putArray("stackChanges"), r.stackChanges());
        return root;
    }

    /** Present only when the input holds the events of a stack's latest update; one element per changed resource. */
    private static void stackChanges(ArrayNode into, java.util.List<StackChange> changes) {
        for (StackChange c : changes) {
            ObjectNode j = into.addObject().put("stackName", c.stackName()).put("stackId", c.stackId()).put("region", c.region())
                    .put("operationStart", c.operationStart().toString()).put("stackStatus", c.stackStatus())
                    .put("logicalId", c.logicalId()).put("resourceType", c.resourceType()).put("physicalId", c.physicalId())
                    .put("kind", c.kind().word()).put("unknownBecause", c.unknownBecause());
            ArrayNode ps = j.putArray("properties");
            for (StackChange.Property p : c.properties()) {
                ps.addObject().put("path", p.path()).put("before", p.before()).put("after", p.after())
                        .put("beforeParameter", p.beforeParameter()).put("afterParameter", p.afterParameter());
            }
            ObjectNode params = j.putObject("currentParameters");
            c.currentParameters().forEach(params::put);
        }
    }

    /** Present only when the input shows a change since a failing service's last healthy revision. */
    private static void changes(ArrayNode into, java.util.List<RevisionChange> changes) {
        for (RevisionChange c : changes) {
            into.addObject().put("service", c.serviceName()).put("healthy", c.healthyTaskDefinitionArn())
                    .put("failing", c.failingTaskDefinitionArn()).put("healthyBecause", c.healthyBecause())
                    .put("container", c.container()).put("field", c.field()).put("before", c.before()).put("after", c.after());
        }
    }

    private static void symptoms(ArrayNode into, java.util.List<Symptom> symptoms) {
        for (Symptom s : symptoms) {
            into.addObject().put("id", s.id()).put("kind", s.kind()).put("summary", s.summary())
                    .put("at", s.at() == null ? null : s.at().toString());
        }
    }

    private static void missing(ArrayNode into, java.util.List<MissingEvidence> missing) {
        for (MissingEvidence m : missing) {
            ObjectNode j = into.addObject().put("command", m.command()).put("iamAction", m.iamAction()).put("why", m.why());
            if (m.call() != null) call(j.putObject("call"), m.call());
        }
    }

    private static void check(ObjectNode into, MissingEvidence m) {
        into.put("command", m.command()).put("iamAction", m.iamAction()).put("why", m.why());
        if (m.call() != null) call(into.putObject("call"), m.call());
    }

    /** The typed call: service, operation, options, Region, read or not, and the placeholders the input did not fill. */
    private static void call(ObjectNode into, AwsCall c) {
        into.put("service", c.service()).put("operation", c.operation()).put("region", c.region()).put("read", c.isRead());
        ObjectNode options = into.putObject("options");
        c.options().forEach((name, values) -> values.forEach(options.putArray(name)::add));
        c.placeholders().forEach(into.putArray("placeholders")::add);
    }
}
