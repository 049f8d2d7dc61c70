package io.ecstriage.report;

import java.io.PrintWriter;

/** One output format of a report. */
public interface Renderer {
    void render(Report report, PrintWriter out);
}
