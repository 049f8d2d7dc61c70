package io.ecstriage.report;

import io.ecstriage.model.StackChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "changed by the stack's last update" section as lines: a heading per stack and operation, a line per resource,
 * a line per changed property, then the stack's current parameters (their previous values are not recorded).
 */
final class StackChangeLines {
    private StackChangeLines() {}

    static List<String> of(List<StackChange> changes) {
        List<String> out = new ArrayList<>();
        String heading = null;
        Map<String, String> parameters = Map.of();
        for (StackChange c : changes) {
            String h = c.operation();
            if (!Objects.equals(h, heading)) {
                if (heading != null) parameters(out, parameters);
                out.add(h);
                heading = h;
                parameters = c.currentParameters();
            }
            out.add("  - " + c.resourceLine());
            for (StackChange.Property p : c.properties()) out.add("    - " + p.describe());
        }
        if (heading != null) parameters(out, parameters);
        return out;
    }

    private static void parameters(List<String> out, Map<String, String> parameters) {
        if (parameters.isEmpty()) return;
        List<String> kv = new ArrayList<>();
        parameters.forEach((k, v) -> kv.add(k + "=" + StackChange.Property.shorten(v)));
        out.add("  - parameters now (their values before the update are not recorded): " + String.join(", ", kv));
    }
}
