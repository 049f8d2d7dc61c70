package io.ecstriage.cli;

import io.ecstriage.ingest.InputException;
import io.ecstriage.ingest.InputLoader;
import io.ecstriage.repl.DoctorShell;
import io.ecstriage.repl.LiveCollection;
import io.ecstriage.repl.Ranking;
import io.ecstriage.repl.Scope;
import io.ecstriage.repl.Session;
import io.ecstriage.repl.live.AwsLiveCollection;
import io.ecstriage.repl.ShellContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.WriterOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `ecs-triage doctor`: the interactive session (docs/doctor.md); with -c, runs session commands once. */
@Command(name = "doctor", addMethodSubcommands = false,
        description = {"An interactive diagnosis: paste aws output or error text, see the ranking change, ask what to fetch next.",
                "Reads commands and pastes from stdin when it is not a terminal (doctor < script.txt)."})
public final class DoctorCommand extends StandardHelp implements Callable<Integer> {
    private final App app;

    @Option(names = "--fixture", paramLabel = "PATH", description = "Start from a fixture, raw aws output or error text.")
    List<Path> fixtures = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Mixin
    LiveOptions live = new LiveOptions();

    @Option(names = "--region", paramLabel = "REGION", description = "Region of captures that name none; the Region to collect from.")
    String region;

    @Option(names = {"-c", "--command"}, paramLabel = "LINE",
            description = "Run this session command (or add this evidence) and exit; repeatable, e.g. -c 'explain 1' -c next.")
    List<String> commands = new ArrayList<>();

    public DoctorCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() throws IOException {
        String problem = live.sessionProblem();
        if (problem != null) throw new ParameterException(spec.commandLine(), problem);
        if (app.in() instanceof StandardInput.Closed && commands.isEmpty()) throw new InputException(StandardInput.Closed.MESSAGE);
        boolean tty = app.terminal().tty() && commands.isEmpty();
        try (Terminal terminal = tty
                ? TerminalBuilder.builder().system(true).name("ecs-triage").build()
                : new DumbTerminal("ecs-triage", Terminal.TYPE_DUMB, app.in(), new WriterOutputStream(app.out(), StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8)) {
            PrintWriter out = tty ? terminal.writer() : app.out();
            PrintWriter err = tty ? terminal.writer() : app.err();
            Session session = new Session(app.json(), app::diagnoser, Clock.systemUTC(), region);
            ShellContext ctx = new ShellContext(out, err, session, new AwsLiveCollection(app.terminal().env(), live.endpointUrl, live.maxParallel),
                    app.json(), tty && app.terminal().colour("auto"), StandardCharsets.UTF_8.equals(terminal.encoding()));
            App shellApp = tty ? app.withWriters(out, err) : app;
            CommandLine shellCommands = DoctorShell.commandLine(ctx, new CommandFactory(shellApp));
            shellCommands.addSubcommand("rules", new CommandLine(RulesCommand.class, new CommandFactory(shellApp)));
            DoctorShell shell = new DoctorShell(terminal, shellCommands, ctx, tty ? historyFile() : null);

            int worst = start(ctx);
            if (!commands.isEmpty()) {
                int last = 0;
                for (String c : commands) last = shell.runOnce(c);
                return worst != 0 ? worst : last;
            }
            return Math.max(worst, shell.run());
        }
    }

    /** Loads the --fixture files and collects what --stack/--cluster/--service name; returns 2 or 3 when one of them failed. */
    private int start(ShellContext ctx) {
        int worst = 0;
        for (Path f : fixtures) {
            var raw = new InputLoader(InputLoader.DEFAULT_MAX_BYTES).load(f.toString(), app.in());
            try {
                Session.Update u = ctx.session().load(raw);
                if (commands.isEmpty()) Ranking.printUpdate(u, ctx);
            } catch (Session.AnalysisFailed e) {
                ctx.err().println("error: " + e.getMessage());
                worst = Math.max(worst, ExitCodes.INTERNAL);
            }
        }
        Scope scope = live.sessionScope();
        if (!scope.isEmpty()) {
            ctx.session().scope(scope);
            if (!ctx.live().available()) {
                ctx.out().println(LiveCollection.NOT_AVAILABLE + "; scope noted: " + scope.describe());
                ctx.out().flush();
                worst = ExitCodes.AWS_ACCESS;
            } else {
                try {
                    ctx.source(ctx.live().connect(live.profile, region));
                    Ranking.printUpdate(ctx.session().collected(ctx.source().collect(live.sessionTarget())), ctx);
                } catch (LiveCollection.LiveCollectionException e) {
                    ctx.err().println("error: " + e.getMessage());
                    worst = ExitCodes.AWS_ACCESS;
                } catch (InterruptedException e) {
                    ctx.err().println("cancelled");
                    Thread.interrupted();
                }
            }
        }
        return worst;
    }

    /** ~/.ecs-triage/history (the directory is made if needed). */
    private Path historyFile() {
        String home = app.terminal().env().getOrDefault("HOME", System.getProperty("user.home"));
        Path dir = Path.of(home, ".ecs-triage");
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            return null;
        }
        return dir.resolve("history");
    }
}
