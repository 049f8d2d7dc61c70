package io.ecstriage.cli;

import io.ecstriage.report.JsonRenderer;
import io.ecstriage.report.MarkdownRenderer;
import io.ecstriage.report.Renderer;
import io.ecstriage.report.TextRenderer;

/** The --format values. */
public enum ReportFormat {
    text, json, markdown;

    Renderer renderer(App app, String colourMode) {
        return switch (this) {
            case text -> new TextRenderer(app.terminal().colour(colourMode));
            case json -> new JsonRenderer(app.json());
            case markdown -> new MarkdownRenderer();
        };
    }
}
