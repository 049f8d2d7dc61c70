package io.ecstriage.repl;

import io.ecstriage.finding.Finding;
import io.ecstriage.report.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What changed between two rankings. A finding is the same cause when rule and resources match; otherwise
 * the findings of one rule pair up in rank order (new evidence often adds resources to a cause).
 */
public final class RankingDiff {

    /** One cause before (null: new) and after (null: gone). */
    public record Change(String ruleId, Finding before, Finding after) {
        public boolean isNew() {
            return before == null;
        }

        public boolean isGone() {
            return after == null;
        }

        public boolean changed() {
            return before == null || after == null || before.rank() != after.rank()
                    || Math.abs(before.confidence() - after.confidence()) > 1e-9;
        }

        /** "LogGroupMissing 0.60 → 0.90, now rank 1"; arrow is "→" or "->". */
        public String describe(String arrow) {
            if (isNew()) return String.format(Locale.ROOT, "new: %s %.2f, rank %d", ruleId, after.confidence(), after.rank());
            if (isGone()) return String.format(Locale.ROOT, "gone: %s (was rank %d, %.2f)", ruleId, before.rank(), before.confidence());
            boolean conf = Math.abs(before.confidence() - after.confidence()) > 1e-9;
            boolean rank = before.rank() != after.rank();
            if (conf && rank) {
                return String.format(Locale.ROOT, "%s %.2f %s %.2f, now rank %d", ruleId, before.confidence(), arrow, after.confidence(), after.rank());
            }
            if (conf) return String.format(Locale.ROOT, "%s %.2f %s %.2f (rank %d)", ruleId, before.confidence(), arrow, after.confidence(), after.rank());
            if (rank) return String.format(Locale.ROOT, "%s now rank %d (was %d)", ruleId, after.rank(), before.rank());
            return ruleId + " unchanged";
        }
    }

    private final List<Change> changes;

    private RankingDiff(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** @param before the previous report, or null before the first diagnosis */
    public static RankingDiff between(Report before, Report after) {
        List<Finding> old = before == null ? List.of() : new ArrayList<>(before.findings());
        List<Finding> now = new ArrayList<>(after.findings());
        Map<Finding, Finding> pairs = new LinkedHashMap<>();
        for (Finding f : now) {  // exact cause first
            for (Finding o : old) {
                if (!pairs.containsValue(o) && o.ruleId().equals(f.ruleId()) && o.resources().equals(f.resources())) {
                    pairs.put(f, o);
                    break;
                }
            }
        }
        for (Finding f : now) {  // then the same rule, in rank order
            if (pairs.containsKey(f)) continue;
            for (Finding o : old) {
                if (!pairs.containsValue(o) && o.ruleId().equals(f.ruleId())) {
                    pairs.put(f, o);
                    break;
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Finding f : now) changes.add(new Change(f.ruleId(), pairs.get(f), f));
        for (Finding o : old) if (!pairs.containsValue(o)) changes.add(new Change(o.ruleId(), o, null));
        return new RankingDiff(changes);
    }

    /** Every cause, in the new ranking's order, then those that are gone. */
    public List<Change> all() {
        return changes;
    }

    /** Only the causes that are new, gone, moved or changed confidence. */
    public List<Change> changes() {
        return changes.stream().filter(Change::changed).toList();
    }

    public boolean isEmpty() {
        return changes().isEmpty();
    }

    /** For a finding of the new ranking: "0.60 → 0.90", "new" or "". */
    public String marker(Finding after, String arrow) {
        for (Change c : changes) {
            if (c.after() != after) continue;
            if (c.isNew()) return "new";
            if (Math.abs(c.before().confidence() - after.confidence()) > 1e-9) {
                return String.format(Locale.ROOT, "%.2f %s %.2f", c.before().confidence(), arrow, after.confidence());
            }
            if (c.before().rank() != after.rank()) return "was #" + c.before().rank();
        }
        return "";
    }
}
