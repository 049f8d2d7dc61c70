package io.ecstriage.repl;

import io.ecstriage.TestDiagnosis;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine;
import io.ecstriage.json.JsonTrees;

/** A doctor session on a JLine dumb terminal over in-memory streams, with the shared test rule base. */
final class ShellHarness {
    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final ByteArrayOutputStream terminalOut = new ByteArrayOutputStream();
    final Terminal terminal;
    final Session session;
    final ShellContext ctx;
    final CommandLine commands;
    final DoctorShell shell;

    ShellHarness(String input, LiveCollection live, Path historyFile, boolean ctrlCIsSignal) throws IOException {
        this(input, live, historyFile, ctrlCIsSignal, TestDiagnosis::diagnoser);
    }

    ShellHarness(String input, LiveCollection live, Path historyFile, boolean ctrlCIsSignal,
                 java.util.function.Supplier<io.ecstriage.diagnosis.Diagnoser> diagnoser) throws IOException {
        terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                terminalOut, StandardCharsets.UTF_8);
        if (ctrlCIsSignal) {  // as a real terminal in cooked mode: ^C raises SIGINT
            Attributes a = terminal.getAttributes();
            a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            a.setControlChar(Attributes.ControlChar.VINTR, 3);
            // undefined control characters read as -1, which is also end of input: define them as a tty does
            a.setControlChar(Attributes.ControlChar.VQUIT, 28);
            a.setControlChar(Attributes.ControlChar.VSUSP, 26);
            a.setControlChar(Attributes.ControlChar.VSTATUS, 20);
            terminal.setAttributes(a);
        }
        JsonTrees json = new JsonTrees();
        session = new Session(json, diagnoser, Clock.fixed(NOW, ZoneOffset.UTC), null);
        ctx = new ShellContext(new PrintWriter(out, true), new PrintWriter(err, true), session, live, json, false, true);
        commands = DoctorShell.commandLine(ctx, CommandLine.defaultFactory());
        shell = new DoctorShell(terminal, commands, ctx, historyFile);
    }

    ShellHarness(String input) throws IOException {
        this(input, LiveCollection.unavailable(), null, false);
    }

    int run() throws IOException {
        try {
            return shell.run();
        } finally {
            terminal.close();
        }
    }

    /** Everything the session printed: its own output and what went through the terminal (prompts, none here). */
    String all() {
        return out + terminalOut.toString(StandardCharsets.UTF_8) + err;
    }
}
