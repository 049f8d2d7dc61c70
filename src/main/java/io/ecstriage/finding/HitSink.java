package io.ecstriage.finding;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place rules report to (a DRL global). The engine tells it which rule is firing, so a
 * consequence never repeats its own id: `sink.hit().subject(...)...report();`.
 */
public final class HitSink {
    private final List<Hit> hits = new ArrayList<>();
    private String firingRule;

    public void firing(String ruleName) {
        this.firingRule = ruleName;
    }

    public HitBuilder hit() {
        if (firingRule == null) throw new IllegalStateException("hit() outside a rule consequence");
        return new HitBuilder(ruleIdOf(firingRule), this);
    }

    void accept(Hit hit) {
        hits.add(hit);
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** "LogGroupMissing: from the stopped reason" reports as LogGroupMissing. */
    public static String ruleIdOf(String ruleName) {
        int colon = ruleName.indexOf(':');
        return (colon > 0 ? ruleName.substring(0, colon) : ruleName).trim();
    }
}
