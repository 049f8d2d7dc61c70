package io.ecstriage.cli;

import io.ecstriage.aws.AwsAccessException;
import io.ecstriage.aws.wire.ServiceModel;
import io.ecstriage.concurrent.PhaseTimes;
import io.ecstriage.ingest.InputException;
import io.ecstriage.report.ControlChars;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** The launcher's entry point and the only place that exits the JVM. */
public final class Main {
    private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version", "help");
    private static final Set<String> RULE_BASE_COMMANDS = Set.of("diagnose", "watch", "doctor", "rules", "warm-up");
    private static final Set<String> LIVE_TARGETS = Set.of("--cluster", "--stack");
    private static final Set<String> LIVE_COMMANDS = Set.of("diagnose", "snapshot", "watch");
    /**
     * Converters picocli would register by reflection (Class.forName, getDeclaredMethod) for each command line it
     * builds: no option of ours has these types (MainTest), and the lookups were a few percent of a cold run's main thread.
     */
    static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*"; // one regex: picocli compiles each for every converter it checks

    private Main() {}

    public static void main(String[] args) {
        if (System.getProperty("picocli.converters.excludes") == null) System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        // not System.out: a PrintStream swallows write errors, and a lost report must not look printed
        WriteFailures stdout = new WriteFailures(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(stdout, true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        App app = new App(out, err, StandardInput.system(), Terminal.system(), PhaseTimes.fromEnv(System.getenv()));
        if (usesRuleBase(args)) app.preloadRuleBase(LargeInput.ruleBaseParts(args));
        List<String> models = firstWireModels(args);
        if (!models.isEmpty()) ServiceModel.preload(models);
        int code = checkOutput(execute(app, args), out, stdout, err);
        app.phases().print(err);
        System.exit(code);
    }

    /** Runs one command line printing to `stdout` as the launcher does, write errors included. */
    public static int run(String[] args, OutputStream stdout, PrintWriter err, InputStream in, Terminal terminal) {
        WriteFailures failures = new WriteFailures(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(failures, true);
        return checkOutput(execute(new App(out, err, in, terminal), args), out, failures, err);
    }

    /** Runs `args` on `app`: a plain diagnose line without picocli ({@link PlainDiagnoseLine}); a live one begins reading first ({@link HeadStart}). */
    static int execute(App app, String[] args) {
        app.headStart(HeadStart.begin(app, args));
        try {
            long start = app.phases().start();
            DiagnoseCommand plain = PlainDiagnoseLine.bind(app, args);
            if (plain != null) {
                app.phases().end("command-line", start);
                return callPlain(plain, app.err());
            }
            CommandLine commandLine = commandLine(app, args);
            app.phases().end("command-line", start);
            return commandLine.execute(args);
        } finally {
            app.discardHeadStart();
        }
    }

    /** A plain line's command, its failures ending as picocli's execution would end them ({@link ErrorHandlers}). */
    private static int callPlain(DiagnoseCommand command, PrintWriter err) {
        try {
            return command.call();
        } catch (Exception e) {
            return new ErrorHandlers(err).handleExecutionException(e, null, null);
        }
    }

    /** The command's exit code, or {@link ExitCodes#OUTPUT_FAILED} with one line on stderr when stdout lost output. */
    static int checkOutput(int code, PrintWriter out, WriteFailures failures, PrintWriter err) {
        if (!out.checkError() && failures.failure() == null) return code;
        IOException e = failures.failure();
        String why = e == null || e.getMessage() == null ? "write error" : e.getMessage();
        err.println("ecs-triage: cannot write to standard output (" + why + "); the report is lost");
        err.flush();
        return ExitCodes.OUTPUT_FAILED;
    }

    /**
     * Whether the rule base should start loading now: the command line names a command that diagnoses or lists rules
     * (help and version do not), and it is not a live `diagnose`, whose session opens first (SettledCollection): on
     * two cores the loading would hold both while picocli and the session prepare the first request, and the
     * collection's waits leave it time enough (docs/benchmarks.md, live, fourth pass).
     */
    static boolean usesRuleBase(String[] args) {
        String command = namedCommand(args);
        if (command == null || !RULE_BASE_COMMANDS.contains(command)) return false;
        for (String a : args) {
            if (HELP_OR_VERSION.contains(a)) return false;
            if (command.equals("diagnose") && LIVE_TARGETS.contains(a.split("=", 2)[0])) return false;
        }
        return true;
    }

    /**
     * The wire models a live command's first requests need (the account check's, then the target's), loaded on another
     * thread while picocli builds the command line: in a live run nothing else uses the second core then, and the
     * first request leaves as soon as the session opens (docs/benchmarks.md). None for any other command line.
     */
    static List<String> firstWireModels(String[] args) {
        String command = namedCommand(args);
        if (command == null || !LIVE_COMMANDS.contains(command)) return List.of();
        List<String> models = List.of();
        for (String a : args) {
            if (HELP_OR_VERSION.contains(a)) return List.of();
            String option = a.split("=", 2)[0];
            if (option.equals("--cluster") && models.isEmpty()) models = List.of("sts", "ecs");
            if (option.equals("--stack")) models = List.of("sts", "cloudformation", "ecs");
        }
        return models;
    }

    /** The first argument that is not an option: the subcommand (the root's own options take no values). */
    private static String namedCommand(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) return a;
        }
        return null;
    }

    /** Runs one command line; what tests and the REPL call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in, Terminal terminal) {
        return execute(new App(out, err, in, terminal), args);
    }

    /**
     * The command line that will run {@code args}: when they name a subcommand, the root gets only that one
     * (so help, errors and suggestions for anything else still see all of them).
     */
    public static CommandLine commandLine(App app, String... args) {
        CommandLine cl = new CommandLine(new RootCommand(), new CommandFactory(app));
        Class<?> named = RootCommand.SUBCOMMANDS.get(namedCommand(args));
        if (named != null) {
            cl.addSubcommand(named);
        } else {
            for (Class<?> c : RootCommand.SUBCOMMANDS.values()) cl.addSubcommand(c);
        }
        // settings below reach the subcommands present now, so they come after adding them
        cl.setOut(app.out());
        cl.setErr(app.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorHandlers handlers = new ErrorHandlers(app.err());
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        return cl;
    }

    /**
     * A class, not lambdas: a lambda implementing picocli's (Java 5) interfaces makes the JVM leave those interfaces
     * and {@code CommandLine} itself out of the AppCDS archive ("old class has been linked"), to be loaded from the jar.
     */
    private static final class ErrorHandlers implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        private final PrintWriter err;

        ErrorHandlers(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            err.println("ecs-triage: " + ControlChars.escape(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            if (ex instanceof AwsAccessException) {
                err.println("ecs-triage: " + ControlChars.escape(ex.getMessage()));
                err.flush();
                return ExitCodes.AWS_ACCESS;
            }
            if (ex instanceof InputException) {
                err.println("ecs-triage: " + ControlChars.escape(ex.getMessage()));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            err.println("ecs-triage: internal error: " + ControlChars.escape(String.valueOf(ex)) + " (please report it with the input that caused it)");
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }
}
