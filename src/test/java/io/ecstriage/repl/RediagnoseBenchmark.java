package io.ecstriage.repl;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.engine.RuleEngine;
import io.ecstriage.ingest.RawInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import io.ecstriage.json.JsonTrees;

/**
 * How long the doctor takes to re-diagnose after a paste, warm (bench/rediagnose.sh runs it; not a test). Each
 * round starts a session with an incident's other captures loaded, then times one paste of a multi-line aws output:
 * parse, rebuild the snapshot from every capture, run the rules, rank, diff the ranking.
 * Args: [rounds (default 300)] [warm-up rounds (default 200)].
 */
public final class RediagnoseBenchmark {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path root = Path.of(System.getProperty("ecstriage.projectDir", "."));
        ObjectMapper mapper = new ObjectMapper();
        Diagnoser diagnoser = new Diagnoser(new RuleEngine(RediagnoseBenchmark.class.getClassLoader()));
        String[][] cases = {
                {"seed003-1-log-group-missing", "3"},      // paste describe-log-groups onto services, tasks, task definition
                {"seed003-4-target-timeout", "-1"},         // paste the last capture onto the rest
        };
        for (String[] c : cases) {
            Path fixture = root.resolve("fixtures/scenarios/" + c[0] + "/snapshot.json");
            var node = mapper.readTree(Files.readString(fixture));
            var captures = (com.fasterxml.jackson.databind.node.ArrayNode) node.get("captures");
            int pasteIndex = Integer.parseInt(c[1]) < 0 ? captures.size() - 1 : Integer.parseInt(c[1]);
            var pasted = captures.get(pasteIndex);
            var rest = node.deepCopy();
            ((com.fasterxml.jackson.databind.node.ArrayNode) rest.get("captures")).remove(pasteIndex);
            String restText = mapper.writeValueAsString(rest);
            String paste = "$ " + pasted.path("command").asText("aws unknown") + "\n"
                    + mapper.writerWithDefaultPrettyPrinter().writeValueAsString(pasted.get("output")) + "\n";
            long[] nanos = new long[rounds];
            for (int i = 0; i < warmup + rounds; i++) {
                Session s = new Session(new JsonTrees(), () -> diagnoser, Clock.systemUTC(), null);
                s.load(new RawInput(c[0], restText));
                long t0 = System.nanoTime();
                Session.Update u = s.paste(paste);
                long t = System.nanoTime() - t0;
                if (u.diff() == null) throw new IllegalStateException("the paste did not re-diagnose");
                if (i >= warmup) nanos[i - warmup] = t;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%-30s %2d captures + 1 pasted (%5d lines): median %6.2f ms  p90 %6.2f ms  max %6.2f ms  (%d rounds after %d warm-up)%n",
                    c[0], captures.size() - 1, paste.split("\n").length, ms(nanos[rounds / 2]), ms(nanos[(int) (rounds * 0.9)]), ms(nanos[rounds - 1]), rounds, warmup);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
