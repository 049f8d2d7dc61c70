package io.ecstriage.report;

import io.ecstriage.finding.Finding;

/** One line for a finding a cause explains, the same in every renderer. */
final class Effects {
    private Effects() {}

    static String line(Finding.Effect e) {
        return e.ruleId() + " (" + e.severity() + "): " + e.title()
                + (e.via() == null ? " (the same symptoms)" : " (its evidence quotes " + e.via() + ")");
    }
}
