package io.ecstriage.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.cli.App;
import io.ecstriage.cli.Main;
import io.ecstriage.cli.Terminal;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs ecs-triage in-process against the emulator, with moto's dummy credentials in the environment it is given. */
final class LiveCli {
    static final ObjectMapper MAPPER = new ObjectMapper();

    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        /** The findings that are problems, advisory (LOW) hygiene left out. */
        List<String> problemRuleIds() {
            List<String> ids = new ArrayList<>();
            json().path("findings").forEach(f -> { if (!"LOW".equals(f.path("severity").asText())) ids.add(f.path("ruleId").asText()); });
            return ids;
        }

        List<String> ruleIds() {
            List<String> ids = new ArrayList<>();
            json().path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
            return ids;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private LiveCli() {}

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), InputStream.nullInputStream(),
                new Terminal(false, env));
        return new Result(exit, out.toString(), err.toString());
    }

    /** As {@link #run(Map, String...)}, but as the command line alone runs it: no head start (cli/HeadStart). */
    static Result runWithoutHeadStart(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        App app = new App(new PrintWriter(out, true), new PrintWriter(err, true), InputStream.nullInputStream(), new Terminal(false, env));
        int exit = Main.commandLine(app, args).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    static Result run(MotoServer moto, String region, String... args) {
        return run(moto.endpoint(), region, args);
    }

    /** Against another endpoint in front of moto (the {@link FaultProxy}). */
    static Result run(String endpoint, String region, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--region", region, "--endpoint-url", endpoint));
        return run(Emulated.ENV, all.toArray(String[]::new));
    }

    /** A JSON report without what names the input (a live target or a file): what must be equal between the two. */
    static JsonNode withoutInput(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("input");
        return copy;
    }
}
