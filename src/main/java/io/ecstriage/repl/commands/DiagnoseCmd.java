package io.ecstriage.repl.commands;

import io.ecstriage.report.JsonRenderer;
import io.ecstriage.report.MarkdownRenderer;
import io.ecstriage.report.Renderer;
import io.ecstriage.report.TextRenderer;
import io.ecstriage.repl.Ranking;
import io.ecstriage.repl.ShellContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "The full report on everything gathered: ranked causes, evidence, fixes, what would settle them.")
public final class DiagnoseCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json, markdown or brief (the ranking only).")
    String format;

    public DiagnoseCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        var report = ctx.session().rediagnose();
        Renderer r = switch (format) {
            case "json" -> new JsonRenderer(ctx.json());
            case "markdown" -> new MarkdownRenderer();
            case "brief" -> null;
            case "text" -> new TextRenderer(ctx.colour());
            default -> throw new UsageError("unknown --format " + format + " (text, json, markdown or brief)");
        };
        if (r == null) Ranking.print(report, null, ctx);
        else r.render(report, ctx.out());
        ctx.out().flush();
        return report.problemsFound() ? 1 : 0;
    }
}
