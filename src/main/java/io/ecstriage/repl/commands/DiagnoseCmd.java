package io.ecstriage.repl.commands;

import io.ecstriage.report.RenderOptions;
import io.ecstriage.report.ReportFormat;
import io.ecstriage.repl.ShellContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "The full report on everything gathered: ranked causes, evidence, fixes, what would settle them.")
public final class DiagnoseCmd implements Callable<Integer> {
    private final ShellContext ctx;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json, markdown, brief (the ranking only), sarif or junit.")
    String format;

    public DiagnoseCmd(ShellContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        var report = ctx.session().rediagnose();
        ReportFormat f = ReportFormat.named(format)
                .orElseThrow(() -> new UsageError("unknown --format " + format + " (" + ReportFormat.choices() + ")"));
        f.renderer(RenderOptions.of(ctx.json(), ctx.colour()).withRules(ctx.session().rules())).render(report, ctx.out());
        ctx.out().flush();
        return report.problemsFound() ? 1 : 0;
    }
}
