package io.ecstriage.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs ecs-triage in-process on in-memory streams, as a terminal-less caller (a pipe, CI) would. */
final class Cli {
    static final Terminal PIPE = new Terminal(false, Map.of());

    private Cli() {}

    /** What one command line printed and returned. */
    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** One Main.run: a fresh App, so the rule base loads again if the command needs it. */
    static Result run(Terminal terminal, InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), stdin, terminal);
        return new Result(exit, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(PIPE, InputStream.nullInputStream(), args);
    }

    static Result runWithStdin(String stdin, String... args) {
        return run(PIPE, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    /**
     * Several command lines on one App, as the REPL runs them: the rule base loads once. Each run gets fresh
     * output buffers and a fresh command line, exactly as {@link Main#run} builds it.
     */
    static final class Session {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final App app;

        Session(Terminal terminal) {
            this.app = new App(new PrintWriter(out, true), new PrintWriter(err, true), InputStream.nullInputStream(), terminal);
        }

        App app() {
            return app;
        }

        Result run(String... args) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int exit = Main.commandLine(app, args).execute(args);
            app.out().flush();
            app.err().flush();
            return new Result(exit, out.toString(), err.toString());
        }
    }
}
