package io.ecstriage.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.collect.HypothesisSettler;
import io.ecstriage.finding.differential.Hypothesis;
import io.ecstriage.ingest.Capture;
import io.ecstriage.report.ControlChars;
import io.ecstriage.report.Report;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What `watch` settles by itself, as `diagnose` live does: the open hypotheses' checks that are read-only and filled,
 * each once per watch and at most {@link HypothesisSettler#MAX_CALLS} in all, so a quiet poll never repeats one.
 */
final class HypothesisChecks {
    private final Set<String> asked = new HashSet<>();

    /** The checks of `report`'s hypotheses not asked yet in this watch, in rank order; marks them asked. */
    List<AwsCall> next(Report report) {
        List<AwsCall> out = new ArrayList<>();
        for (Hypothesis h : report.hypotheses()) {
            AwsCall call = h.check() == null ? null : h.check().call();
            if (call == null || !call.isRead() || !call.placeholders().isEmpty()) continue;
            if (asked.size() >= HypothesisSettler.MAX_CALLS) break;
            if (asked.add(call.render())) out.add(call);
        }
        return out;
    }

    /** The ranked hypotheses a round of checks left open, each check it ran with what the read returned. */
    static void printOpen(Report report, List<AwsCall> ran, List<Capture> captures, PrintWriter out) {
        out.println("Hypotheses the checks did not settle (UNCONFIRMED, ranked):");
        for (Hypothesis h : report.hypotheses()) {
            out.printf(Locale.ROOT, "  H%d %s  weight %.2f%n", h.rank(), h.causeId(), h.weight());
            out.println("     Why a candidate: " + ControlChars.escape(h.why()));
        }
        out.println("Checks run (once per watch):");
        for (AwsCall call : ran) out.println("  - " + ControlChars.escape(call.render() + ": " + result(call, captures)));
        out.flush();
    }

    /** One line for a check's answer: its error, or the sizes of the lists it returned. */
    static String result(AwsCall call, List<Capture> captures) {
        Capture c = captures.stream().filter(x -> x.command() != null && same(call, AwsCall.parse(x.command()))).findFirst().orElse(null);
        if (c == null) return "not made (answered already, refused earlier, or no collector reads it)";
        if (c.error() != null) return "error " + c.error().path("code").asText("?") + ": " + c.error().path("message").asText("");
        // a command's error text, or the doctor's account saying it cannot read that: no output came back
        if (c.output() == null && c.text() != null) return "not answered: " + c.text().strip().lines().findFirst().orElse("");
        List<String> parts = new ArrayList<>();
        JsonNode output = c.output();
        if (output != null) {
            for (Map.Entry<String, JsonNode> f : (Iterable<Map.Entry<String, JsonNode>>) output::fields) {
                if (f.getValue().isArray()) parts.add(f.getKey() + ": " + f.getValue().size() + (f.getValue().size() == 1 ? " item" : " items"));
            }
        }
        return "answered" + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")") + ", settles none of them";
    }

    /** The same read whatever Region it was given: a check may name none, and the source reads in its own. */
    private static boolean same(AwsCall check, AwsCall made) {
        if (made == null) return false;
        Map<String, List<String>> a = new java.util.TreeMap<>(check.options());
        Map<String, List<String>> b = new java.util.TreeMap<>(made.options());
        a.remove("--region");
        b.remove("--region");
        return check.service().equals(made.service()) && check.operation().equals(made.operation()) && a.equals(b);
    }
}
