package io.ecstriage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ecstriage.finding.RuleMeta;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `ecs-triage rules [show ID]`: the catalog of failure patterns. */
@Command(name = "rules", description = "List the failure patterns ecs-triage knows.",
        subcommands = RulesCommand.Show.class)
public final class RulesCommand extends StandardHelp implements Callable<Integer> {
    private final App app;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or markdown (the docs/rules/index.md page).")
    String format;

    public RulesCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() throws Exception {
        Map<String, RuleMeta> catalog = app.diagnoser().engine().catalog();
        if ("json".equals(format)) {
            ArrayNode arr = app.json().array();
            for (RuleMeta m : catalog.values()) {
                arr.addObject().put("id", m.id()).put("title", m.title()).put("severity", m.severity().name())
                        .put("category", m.category());
            }
            app.out().println(app.json().pretty(arr));
        } else if ("markdown".equals(format)) {
            app.out().print(new io.ecstriage.report.RuleIndex().render(catalog.values()));
        } else if ("text".equals(format)) {
            for (RuleMeta m : catalog.values()) {
                app.out().printf(Locale.ROOT, "%-36s %-6s %-14s %s%n", m.id(), m.severity(), m.category(), m.title());
            }
        } else {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown --format " + format + " (text, json or markdown)");
        }
        app.out().flush();
        return ExitCodes.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one rule's catalog entry.")
    static final class Show implements Callable<Integer> {
        private final App app;

        @Parameters(paramLabel = "ID", description = "A rule id, e.g. LogGroupMissing.")
        String id;

        Show(App app) {
            this.app = app;
        }

        @Override
        public Integer call() {
            RuleMeta m = app.diagnoser().engine().catalog().get(id);
            if (m == null) {
                app.err().println("ecs-triage: no rule " + id + " (see `ecs-triage rules`)");
                app.err().flush();
                return ExitCodes.BAD_INPUT;
            }
            app.out().println(m.id() + ": " + m.title());
            app.out().println("Severity: " + m.severity() + "    Category: " + m.category());
            if (m.summary() != null) app.out().println(m.summary());
            app.out().println("Docs: " + m.docs());
            app.out().flush();
            return ExitCodes.OK;
        }
    }
}
