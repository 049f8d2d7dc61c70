package io.ecstriage.report;

import io.ecstriage.finding.RuleMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** docs/rules/index.md, generated from the rule metadata (`ecs-triage rules --format markdown`, or the tests' regenerate switch). */
public final class RuleIndex {

    public String render(Collection<RuleMeta> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalog\n\n");
        md.append("Generated from the rules' metadata (`ECSTRIAGE_REGENERATE=1 mvn -B test` rewrites it, as does"
                + " `ecs-triage rules --format markdown`); do not edit by hand (a test compares it).\n\n");
        md.append("| id | severity | category | what goes wrong |\n|---|---|---|---|\n");
        for (RuleMeta m : rules) {
            md.append("| [").append(m.id()).append("](").append(page(m)).append(") | ").append(m.severity())
                    .append(" | ").append(m.category()).append(" | ").append(m.title()).append(" |\n");
        }
        md.append(fixes(rules));
        md.append(coverage(rules));
        return md.toString();
    }

    /** Per rule, how far its fix is proven: applied in the emulator, checked as rendered commands, or advice only. */
    String fixes(Collection<RuleMeta> rules) {
        StringBuilder md = new StringBuilder();
        md.append("\n## Fix verification\n\n");
        md.append("Emulator-verified: an integration test builds the broken state in moto, runs the printed aws steps against"
                + " it and collects again (the finding leaves the configuration evidence, no new HIGH/MEDIUM finding). Unit-verified"
                + " only: each rendered step is checked by unit and fixture tests, not applied. Advisory: no safe command, only"
                + " notes. See the README, \"How fixes are chosen and checked\".\n\n");
        md.append("| id | fix |\n|---|---|\n");
        for (RuleMeta m : rules) {
            md.append("| [").append(m.id()).append("](").append(page(m)).append(") | ")
                    .append(io.ecstriage.fix.FixVerification.of(m.id()).label()).append(" |\n");
        }
        return md.toString();
    }

    /** Which rules recognise which corpus texts (their @corpus), section by section; unrecognised ids are listed too. */
    String coverage(Collection<RuleMeta> rules) {
        Map<String, TreeSet<String>> byEntry = new TreeMap<>();
        Map<String, RuleMeta> byId = new TreeMap<>();
        for (RuleMeta m : rules) byId.put(m.id(), m);
        for (RuleMeta m : rules) for (String id : m.corpus()) byEntry.computeIfAbsent(id, k -> new TreeSet<>()).add(m.id());
        StringBuilder md = new StringBuilder();
        md.append("\n## Corpus coverage\n\n");
        md.append("Which rule recognises each text of the error-text corpus (`corpus/error-texts.md`), from the rules'"
                + " `@corpus` metadata; the texts themselves are in `rules/CATEGORY/ID/corpus.json`, and why the"
                + " others are not recognised is in [corpus-gaps.md](corpus-gaps.md).\n\n");
        md.append("| section | texts | recognised | by rule | not recognised |\n|---|---|---|---|---|\n");
        int total = 0;
        int covered = 0;
        for (CorpusSections.Section s : CorpusSections.ALL) {
            List<String> seen = new ArrayList<>();
            List<String> unseen = new ArrayList<>();
            Map<String, List<String>> byRule = new TreeMap<>();
            for (String e : s.entries()) {
                TreeSet<String> owners = byEntry.get(e);
                if (owners == null) {
                    unseen.add(e);
                    continue;
                }
                seen.add(e);
                for (String r : owners) byRule.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
            }
            total += s.entries().size();
            covered += seen.size();
            List<String> ruleCells = new ArrayList<>();
            byRule.forEach((r, ids) -> ruleCells.add("[" + r + "](" + page(byId.get(r)) + "): " + String.join(" ", ids)));
            md.append("| ").append(s.id()).append(" ").append(s.title()).append(" | ").append(s.entries().size()).append(" | ")
                    .append(seen.size()).append(" | ").append(ruleCells.isEmpty() ? "–" : String.join("<br>", ruleCells)).append(" | ")
                    .append(unseen.isEmpty() ? "–" : String.join(" ", unseen)).append(" |\n");
        }
        md.append("\n").append(covered).append(" of ").append(total).append(" corpus texts are recognised by a rule.\n");
        List<String> unknown = byEntry.keySet().stream().filter(id -> !CorpusSections.entryIds().contains(id)).toList();
        if (!unknown.isEmpty()) md.append("\n@corpus ids that are not in the corpus: ").append(String.join(" ", unknown)).append("\n");
        return md.toString();
    }

    /** The rule's README as linked from docs/rules/index.md. */
    private static String page(RuleMeta m) {
        return "../../" + m.docs();
    }
}
