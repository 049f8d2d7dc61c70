package io.ecstriage.report;

import io.ecstriage.finding.BenignStop;

/** One benign stop as a line: what stopped, its service and stop code when known, the kind, and AWS's reason. */
final class BenignStopLine {
    private BenignStopLine() {}

    static String of(BenignStop b) {
        StringBuilder s = new StringBuilder("pasted text".equals(b.subject()) ? "pasted text" : "task " + b.subject());
        if (b.service() != null || b.stopCode() != null) {
            s.append(" (");
            if (b.service() != null) s.append("service ").append(b.service());
            if (b.service() != null && b.stopCode() != null) s.append(", ");
            if (b.stopCode() != null) s.append(b.stopCode());
            s.append(")");
        }
        s.append(": ").append(b.kind());
        if (!b.reason().isBlank()) s.append(": ").append(b.reason().replaceAll("\\s+", " ").trim());
        return s.toString();
    }
}
