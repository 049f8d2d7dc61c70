package io.ecstriage.report;

import io.ecstriage.json.JsonTrees;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats of a report: the one list behind the CLI's `diagnose --format` and the doctor's `diagnose --format`. */
public enum ReportFormat {
    text, json, markdown, brief;

    /** @param colour whether the text format may use ANSI colour (the other formats never do) */
    public Renderer renderer(JsonTrees json, boolean colour) {
        return switch (this) {
            case text -> new TextRenderer(colour);
            case json -> new JsonRenderer(json);
            case markdown -> new MarkdownRenderer();
            case brief -> new BriefRenderer();
        };
    }

    public static Optional<ReportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    /** "text, json, markdown or brief", for messages. */
    public static String choices() {
        String all = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
