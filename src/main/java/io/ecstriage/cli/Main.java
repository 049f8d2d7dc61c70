package io.ecstriage.cli;

import io.ecstriage.aws.AwsAccessException;
import io.ecstriage.ingest.InputException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The launcher's entry point and the only place that exits the JVM. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, System.in, Terminal.system()));
    }

    /** Runs one command line; what tests and the REPL call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in, Terminal terminal) {
        return commandLine(new App(out, err, in, terminal)).execute(args);
    }

    public static CommandLine commandLine(App app) {
        CommandLine cl = new CommandLine(new RootCommand(), new CommandFactory(app));
        cl.setOut(app.out());
        cl.setErr(app.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            app.err().println("ecs-triage: " + ex.getMessage());
            app.err().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            app.err().flush();
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof AwsAccessException) {
                app.err().println("ecs-triage: " + ex.getMessage());
                app.err().flush();
                return ExitCodes.AWS_ACCESS;
            }
            if (ex instanceof InputException) {
                app.err().println("ecs-triage: " + ex.getMessage());
                app.err().flush();
                return ExitCodes.BAD_INPUT;
            }
            app.err().println("ecs-triage: internal error: " + ex + " (please report it with the input that caused it)");
            app.err().flush();
            return ExitCodes.INTERNAL;
        });
        return cl;
    }
}
