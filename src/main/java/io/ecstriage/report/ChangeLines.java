package io.ecstriage.report;

import io.ecstriage.model.RevisionChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The "changed since last healthy" section as lines: one heading per service and pair of revisions, one line per field. */
final class ChangeLines {
    private ChangeLines() {}

    static List<String> of(List<RevisionChange> changes) {
        List<String> out = new ArrayList<>();
        String heading = null;
        for (RevisionChange c : changes) {
            String h = "service " + c.serviceName() + ": " + c.healthyRef() + " (" + c.healthyBecause() + ") → " + c.failingRef();
            if (!Objects.equals(h, heading)) {
                out.add(h);
                heading = h;
            }
            out.add("  - " + c.describe());
        }
        return out;
    }
}
