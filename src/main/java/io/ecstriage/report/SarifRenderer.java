package io.ecstriage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.finding.Evidence;
import io.ecstriage.finding.Finding;
import io.ecstriage.finding.RuleMeta;
import io.ecstriage.finding.Severity;
import io.ecstriage.finding.TemplateResource;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.model.TemplateLines;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, for code scanning: one run whose driver lists the rules evaluated (help from their pages), one
 * result per finding, its resources as logical locations and, with a template, the template line to change.
 */
public final class SarifRenderer implements Renderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final JsonTrees json;
    private final List<RuleMeta> rules;
    private final TemplateLines template;
    private final BuildInfo build;

    public SarifRenderer(RenderOptions options, BuildInfo build) {
        this.json = options.json();
        this.rules = options.rules();
        this.template = options.template();
        this.build = build;
    }

    static String level(Severity s) {
        return switch (s) {
            case HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    @Override
    public void render(Report r, PrintWriter out) {
        json.pretty(toJson(r), out);
        out.println();
        out.flush();
    }

    ObjectNode toJson(Report r) {
        ObjectNode root = json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "ecs-triage");
        if (!"unknown".equals(build.version())) driver.put("semanticVersion", build.version());
        driver.put("version", build.version() + ("unknown".equals(build.commit()) ? "" : "+" + build.commit()));
        if (build.docsUrl() != null) driver.put("informationUri", build.docsUrl() + "/README.md");
        Map<String, Integer> index = new LinkedHashMap<>();
        List<RuleMeta> listed = new ArrayList<>(rules);
        for (Finding f : r.findings()) if (listed.stream().noneMatch(m -> m.id().equals(f.ruleId()))) listed.add(f.rule());
        ArrayNode descriptors = driver.putArray("rules");
        for (RuleMeta m : listed) {
            index.put(m.id(), index.size());
            descriptor(descriptors.addObject(), m);
        }
        ArrayNode results = run.putArray("results");
        TemplateLocator locator = template == null ? null : new TemplateLocator(template);
        for (Finding f : r.findings()) result(results.addObject(), f, index.get(f.ruleId()), locator);
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        run.putObject("properties").put("input", r.input()).put("region", r.region()).put("problemsFound", r.problemsFound());
        return root;
    }

    private void descriptor(ObjectNode d, RuleMeta m) {
        d.put("id", m.id());
        d.put("name", m.id());
        d.putObject("shortDescription").put("text", m.title());
        if (m.summary() != null && !m.summary().isBlank()) d.putObject("fullDescription").put("text", m.summary());
        String page = RuleDocs.page(m).orElse(null);
        ObjectNode help = d.putObject("help");
        help.put("text", (m.summary() == null || m.summary().isBlank() ? m.title() : m.summary()) + " See " + m.docs() + ".");
        if (page != null) help.put("markdown", page);
        if (build.docsUrl() != null) d.put("helpUri", build.docsUrl() + "/" + m.docs());
        d.putObject("defaultConfiguration").put("level", level(m.severity()));
        ObjectNode props = d.putObject("properties");
        props.put("category", m.category());
        props.put("severity", m.severity().name());
        props.put("docs", m.docs());
        props.putArray("tags").add("ecs").add(m.category());
    }

    private void result(ObjectNode res, Finding f, int ruleIndex, TemplateLocator locator) {
        res.put("ruleId", f.ruleId());
        res.put("ruleIndex", ruleIndex);
        res.put("level", level(f.severity()));
        res.putObject("message").put("text", message(f));
        ObjectNode location = res.putArray("locations").addObject();
        if (locator != null) {
            TemplateLocator.Location at = locator.locate(f);
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", template.uri());
            if (at != null) {
                physical.putObject("region").put("startLine", at.line());
                location.putObject("message").put("text", at.property() == null ? "resource " + at.logicalId() : at.logicalId() + "." + at.property());
            }
        }
        ArrayNode logical = location.putArray("logicalLocations");
        for (String resource : f.resources()) {
            logical.addObject().put("name", shortName(resource)).put("fullyQualifiedName", resource).put("kind", "resource");
        }
        for (TemplateResource t : f.fix().templateResources()) {
            logical.addObject().put("name", t.logicalId()).put("fullyQualifiedName", t.stackName() + "/" + t.logicalId()).put("kind", "resource");
        }
        if (logical.isEmpty()) location.remove("logicalLocations");
        res.putObject("partialFingerprints").put("ecsTriageFinding/v1", f.ruleId() + ":" + String.join(",", f.resources().stream().sorted().toList()));
        ObjectNode props = res.putObject("properties");
        props.put("rank", f.rank());
        props.put("confidence", f.confidence());
        ArrayNode commands = props.putArray("fixCommands");
        f.fix().commands().forEach(commands::add);
    }

    private static String message(Finding f) {
        StringBuilder m = new StringBuilder(f.rule().title());
        if (!f.resources().isEmpty()) m.append(": ").append(String.join(", ", f.resources()));
        m.append(String.format(Locale.ROOT, " (rank %d, confidence %.2f).", f.rank(), f.confidence()));
        for (Evidence e : f.evidence().stream().limit(3).toList()) m.append("\nEvidence: ").append(e.source()).append(": ").append(e.text());
        for (String c : f.fix().commands()) m.append("\nFix: ").append(c);
        for (String n : f.fix().notes()) m.append("\nNote: ").append(n);
        for (TemplateResource t : f.fix().templateResources()) m.append("\nTemplate: ").append(t.advice());
        return m.toString();
    }

    /** The last path segment of an ARN or id, for display. */
    private static String shortName(String resource) {
        int slash = resource.lastIndexOf('/');
        return slash >= 0 && slash < resource.length() - 1 ? resource.substring(slash + 1) : resource;
    }
}
