package io.ecstriage.report;

import io.ecstriage.json.JsonTrees;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats of a report: the one list behind the CLI's `diagnose --format` and the doctor's `diagnose --format`. */
public enum ReportFormat {
    text, json, markdown, brief, sarif, junit;

    /** @param colour whether the text format may use ANSI colour (the other formats never do) */
    public Renderer renderer(JsonTrees json, boolean colour) {
        return renderer(RenderOptions.of(json, colour));
    }

    /** With the rules evaluated (sarif, junit) and the template findings point into (sarif). */
    public Renderer renderer(RenderOptions o) {
        return switch (this) {
            case text -> new TextRenderer(o.colour());
            case json -> new JsonRenderer(o.json());
            case markdown -> new MarkdownRenderer();
            case brief -> new BriefRenderer();
            case sarif -> new SarifRenderer(o, BuildInfo.load());
            case junit -> new JunitRenderer(o, BuildInfo.load());
        };
    }

    public static Optional<ReportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    /** "text, json, markdown, brief, sarif or junit", for messages. */
    public static String choices() {
        String all = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
