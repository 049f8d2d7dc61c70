package io.ecstriage.report;

import com.fasterxml.jackson.core.JsonGenerator;
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
import io.ecstriage.concurrent.InOrder;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.json.Pieces;
import io.ecstriage.model.IgnoredInput;
import io.ecstriage.model.RevisionChange;
import io.ecstriage.model.StackChange;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The stable machine-readable report; its schema is docs/report-schema.md, version {@value #SCHEMA_VERSION}. */
public final class JsonRenderer implements Renderer {
    public static final int SCHEMA_VERSION = 1;
    /** From this many findings they are written on every core (each apart, then put in order). */
    static final int APART_FROM_FINDINGS = 200;
    private final JsonTrees json;
    private final int apartFrom;

    public JsonRenderer(JsonTrees json) {
        this(json, APART_FROM_FINDINGS);
    }

    /** Findings written apart from `apartFrom` of them on (tests write small reports so). */
    JsonRenderer(JsonTrees json, int apartFrom) {
        this.json = json;
        this.apartFrom = apartFrom;
    }

    @Override
    public void render(Report r, PrintWriter out) {
        json.pretty(g -> write(r, g), out);
        out.println();
        out.flush();
    }

    // streamed field by field in the order a tree of the same report would hold them: a large report is tens of MB
    private void write(Report r, JsonGenerator g) throws IOException {
        // symptoms repeat across findings (every cause of one service explains the same ones): each time printed once
        Map<Instant, String> times = new HashMap<>();
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("input", r.input());
        g.writeStringField("region", r.region());
        g.writeBooleanField("problemsFound", r.problemsFound());
        g.writeArrayFieldStart("findings");
        if (r.findings().size() >= apartFrom) {
            // written apart on every core; each run of them is put in place as soon as it and those before it are made
            Map<List<Symptom>, char[]> explained = new ConcurrentHashMap<>();
            InOrder.chunkedInTurn(r.findings(), InOrder.threadsFor(Integer.MAX_VALUE), run -> apart(run, explained), pieces -> {
                for (Pieces.Piece finding : pieces) g.writeRawValue(finding.chars(), finding.offset(), finding.length());
            });
        } else {
            for (Finding f : r.findings()) finding(f, g, times, null);
        }
        g.writeEndArray();
        symptoms(g, "unexplainedSymptoms", r.unexplainedSymptoms(), times);
        g.writeBooleanField("unexplainedFailure", r.unexplainedFailure());
        g.writeArrayFieldStart("hypotheses");
        for (Hypothesis h : r.hypotheses()) {
            g.writeStartObject();
            g.writeNumberField("rank", h.rank());
            g.writeStringField("causeId", h.causeId());
            g.writeBooleanField("rule", h.rule());
            g.writeStringField("title", h.title());
            g.writeNumberField("weight", h.weight());
            g.writeBooleanField("confirmed", false);
            g.writeStringField("why", h.why());
            strings(g, "symptoms", h.symptoms());
            g.writeObjectFieldStart("check");
            check(g, h.check());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("benignStops");
        for (BenignStop b : r.benignStops()) {
            g.writeStartObject();
            g.writeStringField("subject", b.subject());
            g.writeStringField("service", b.service());
            g.writeStringField("stopCode", b.stopCode());
            g.writeStringField("kind", b.kind());
            g.writeStringField("reason", b.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ignoredInputs");
        for (IgnoredInput i : r.ignoredInputs()) {
            g.writeStartObject();
            g.writeStringField("source", i.source());
            g.writeStringField("reason", i.reason());
            strings(g, "keys", i.keys());
            g.writeEndObject();
        }
        g.writeEndArray();
        missing(g, "missingEvidence", r.missingEvidence());
        g.writeArrayFieldStart("notChecked");
        for (Finding f : r.notChecked()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            g.writeStringField("title", f.rule().title());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("category", f.rule().category());
            strings(g, "resources", f.resources());
            evidence(g, f.evidence());
            missing(g, "missingEvidence", f.missingEvidence());
            g.writeStringField("docs", f.rule().docs());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.changes().isEmpty()) changes(g, r.changes());
        if (!r.stackChanges().isEmpty()) stackChanges(g, r.stackChanges());
        g.writeEndObject();
    }

    /**
     * A run of findings as the text the report's generator would write for each (the report's largest part: a large
     * account's is 15 of its 18 MB), one piece each, in order.
     */
    private List<Pieces.Piece> apart(List<Finding> findings, Map<List<Symptom>, char[]> explained) {
        Map<Instant, String> times = new HashMap<>();
        List<JsonTrees.Writing> writings = new ArrayList<>(findings.size());
        for (Finding f : findings) writings.add(g -> finding(f, g, times, explained));
        return json.prettyAt(1, writings); // one object deep: in the root
    }

    /**
     * `explained`, when not null, holds the text of each list of symptoms written so far: the causes of one service
     * explain the same symptoms, and in a large report those lists are half its text (each written once, then copied).
     */
    private void finding(Finding f, JsonGenerator g, Map<Instant, String> times, Map<List<Symptom>, char[]> explained) throws IOException {
        g.writeStartObject();
        g.writeNumberField("rank", f.rank());
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("title", f.rule().title());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("category", f.rule().category());
        g.writeNumberField("confidence", f.confidence());
        strings(g, "resources", f.resources());
        evidence(g, f.evidence());
        g.writeObjectFieldStart("fix");
        strings(g, "commands", f.fix().commands());
        strings(g, "notes", f.fix().notes());
        g.writeArrayFieldStart("templateResources");
        for (TemplateResource t : f.fix().templateResources()) {
            g.writeStartObject();
            g.writeStringField("stackName", t.stackName());
            g.writeStringField("logicalId", t.logicalId());
            g.writeStringField("resourceType", t.resourceType());
            g.writeStringField("physicalId", t.physicalId());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("steps");
        for (Step s : f.fix().steps()) {
            g.writeStartObject();
            g.writeStringField("type", s.kind());
            g.writeStringField("command", s.render());
            g.writeArrayFieldStart("preconditions");
            for (Precondition p : s.preconditions()) {
                g.writeStartObject();
                g.writeStringField("claim", p.claim());
                g.writeFieldName("holds");
                if (p.holds() == null) g.writeNull();
                else g.writeBoolean(p.holds());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("templateChanges");
        for (TemplateChange t : f.fix().templateChanges()) {
            g.writeStartObject();
            g.writeStringField("stackName", t.stackName());
            g.writeStringField("logicalId", t.logicalId());
            g.writeStringField("property", t.property());
            g.writeStringField("path", t.path());
            g.writeStringField("value", t.value());
            g.writeStringField("parameter", t.parameter());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("driftsStack", f.fix().driftsStack());
        g.writeEndObject();
        if (explained == null) {
            symptoms(g, "explains", f.explains(), times);
        } else {
            // the value as the finding's own generator would write it there: two objects deep
            char[] text = explained.computeIfAbsent(f.explains(), list -> json.prettyValueAt(2, v -> symptomList(v, list, times)));
            g.writeFieldName("explains");
            g.writeRawValue(text, 0, text.length);
        }
        missing(g, "missingEvidence", f.missingEvidence());
        g.writeStringField("docs", f.rule().docs());
        g.writeStringField("advisory", f.advisory());
        g.writeArrayFieldStart("explainsFindings");
        for (Finding.Effect e : f.effects()) {
            g.writeStartObject();
            g.writeStringField("ruleId", e.ruleId());
            g.writeStringField("title", e.title());
            g.writeStringField("severity", e.severity().name());
            g.writeStringField("via", e.via());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void evidence(JsonGenerator g, List<Evidence> evidence) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            g.writeStartObject();
            g.writeStringField("source", e.source());
            g.writeStringField("text", e.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Present only when the input holds the events of a stack's latest update; one element per changed resource. */
    private static void stackChanges(JsonGenerator g, List<StackChange> changes) throws IOException {
        g.writeArrayFieldStart("stackChanges");
        for (StackChange c : changes) {
            g.writeStartObject();
            g.writeStringField("stackName", c.stackName());
            g.writeStringField("stackId", c.stackId());
            g.writeStringField("region", c.region());
            g.writeStringField("operationStart", c.operationStart().toString());
            g.writeStringField("stackStatus", c.stackStatus());
            g.writeStringField("logicalId", c.logicalId());
            g.writeStringField("resourceType", c.resourceType());
            g.writeStringField("physicalId", c.physicalId());
            g.writeStringField("kind", c.kind().word());
            g.writeStringField("unknownBecause", c.unknownBecause());
            g.writeArrayFieldStart("properties");
            for (StackChange.Property p : c.properties()) {
                g.writeStartObject();
                g.writeStringField("path", p.path());
                g.writeStringField("before", p.before());
                g.writeStringField("after", p.after());
                g.writeStringField("beforeParameter", p.beforeParameter());
                g.writeStringField("afterParameter", p.afterParameter());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("currentParameters");
            for (Map.Entry<String, String> e : c.currentParameters().entrySet()) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Present only when the input shows a change since a failing service's last healthy revision. */
    private static void changes(JsonGenerator g, List<RevisionChange> changes) throws IOException {
        g.writeArrayFieldStart("changes");
        for (RevisionChange c : changes) {
            g.writeStartObject();
            g.writeStringField("service", c.serviceName());
            g.writeStringField("healthy", c.healthyTaskDefinitionArn());
            g.writeStringField("failing", c.failingTaskDefinitionArn());
            g.writeStringField("healthyBecause", c.healthyBecause());
            g.writeStringField("container", c.container());
            g.writeStringField("field", c.field());
            g.writeStringField("before", c.before());
            g.writeStringField("after", c.after());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void symptoms(JsonGenerator g, String name, List<Symptom> symptoms, Map<Instant, String> times) throws IOException {
        g.writeFieldName(name);
        symptomList(g, symptoms, times);
    }

    private static void symptomList(JsonGenerator g, List<Symptom> symptoms, Map<Instant, String> times) throws IOException {
        g.writeStartArray();
        for (Symptom s : symptoms) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("kind", s.kind());
            g.writeStringField("summary", s.summary());
            g.writeStringField("at", s.at() == null ? null : times.computeIfAbsent(s.at(), Instant::toString));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void missing(JsonGenerator g, String name, List<MissingEvidence> missing) throws IOException {
        g.writeArrayFieldStart(name);
        for (MissingEvidence m : missing) {
            g.writeStartObject();
            check(g, m);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void check(JsonGenerator g, MissingEvidence m) throws IOException {
        g.writeStringField("command", m.command());
        g.writeStringField("iamAction", m.iamAction());
        g.writeStringField("why", m.why());
        if (m.call() != null) call(g, m.call());
    }

    /** The typed call: service, operation, options, Region, read or not, and the placeholders the input did not fill. */
    private static void call(JsonGenerator g, AwsCall c) throws IOException {
        g.writeObjectFieldStart("call");
        g.writeStringField("service", c.service());
        g.writeStringField("operation", c.operation());
        g.writeStringField("region", c.region());
        g.writeBooleanField("read", c.isRead());
        g.writeObjectFieldStart("options");
        for (Map.Entry<String, List<String>> option : c.options().entrySet()) strings(g, option.getKey(), option.getValue());
        g.writeEndObject();
        strings(g, "placeholders", c.placeholders());
        g.writeEndObject();
    }
}
