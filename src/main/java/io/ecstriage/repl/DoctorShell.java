package io.ecstriage.repl;

import io.ecstriage.aws.ShellWords;
import io.ecstriage.ingest.InputException;
import io.ecstriage.report.ControlChars;
import io.ecstriage.repl.commands.ShellCommands;
import io.ecstriage.repl.commands.UsageError;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The doctor session: owns the LineReader loop on the Terminal it is given. A line whose first word is a command
 * runs that command (picocli, the same classes as `ecs-triage doctor -c`); anything else, and every bracketed
 * paste, is evidence for the session. Ctrl-C cancels the input being typed or the command running (a collection),
 * never the session; Ctrl-D (end of input) ends it. On a dumb terminal (`doctor < script.txt`) there is no prompt
 * and no escape code: commands are echoed after "doctor> " so the output reads as a transcript.
 */
public final class DoctorShell {
    public static final String PROMPT = "doctor> ";
    private static final String CONTINUATION = "   ...> ";

    private final Terminal terminal;
    private final CommandLine commands;
    private final ShellContext ctx;
    private final Path historyFile;
    private final boolean interactive;
    private volatile Thread running;
    private boolean pasted;
    private int worst;

    /**
     * @param commands    from {@link #commandLine}, with any commands the caller adds (e.g. `rules`)
     * @param historyFile where the history persists, or null to keep it in memory
     */
    public DoctorShell(Terminal terminal, CommandLine commands, ShellContext ctx, Path historyFile) {
        this.terminal = terminal;
        this.commands = commands;
        this.ctx = ctx;
        this.historyFile = historyFile;
        this.interactive = !terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    /** The session's commands, built by `factory` for classes without a ShellContext constructor. */
    public static CommandLine commandLine(ShellContext ctx, CommandLine.IFactory fallback) {
        CommandLine cl = new CommandLine(new ShellCommands(), new Factory(ctx, fallback));
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            ctx.err().println("error: " + ex.getMessage() + " (help " + ex.getCommandLine().getCommandName() + ")");
            ctx.err().flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = ctx.err();
            int code;
            if (ex instanceof InterruptedException) {
                err.println("cancelled");
                code = 130;
            } else if (ex instanceof UsageError || ex instanceof InputException) {
                err.println("error: " + ex.getMessage());
                code = 2;
            } else if (ex instanceof Session.AnalysisFailed) {
                err.println("error: " + ex.getMessage());
                code = 4;
            } else if (ex instanceof LiveCollection.LiveCollectionException) {
                err.println("error: " + ex.getMessage());
                code = 3;
            } else {
                err.println("internal error: " + ex + " (please report it with the input that caused it)");
                code = 4;
            }
            err.flush();
            return code;
        });
        return cl;
    }

    /** Runs the loop until `exit` or end of input; returns 0, or the worst failure (2 usage, 3 AWS, 4 internal) of a non-interactive run. */
    public int run() {
        DoctorParser parser = new DoctorParser();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("ecs-triage")
                .parser(parser)
                .completer(new DoctorCompleter(commands))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.DISABLE_HISTORY, true)   // only commands go to the history, added by hand
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, interactive ? CONTINUATION : "")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)  // pasted text is full of '!'
                .option(LineReader.Option.BRACKETED_PASTE, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
        ctx.history(reader.getHistory());
        if (reader instanceof LineReaderImpl impl) {
            reader.getWidgets().put(LineReader.BEGIN_PASTE, () -> pasteWidget(reader, impl));
        }
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
            Thread t = running;
            if (t != null) t.interrupt();
        });
        if (interactive) {
            ctx.out().println("ecs-triage doctor: paste aws output or error text, or type a command (help; Tab completes). Ctrl-D exits.");
            ctx.out().flush();
        }
        int linesRead = 0;
        try {
            while (!ctx.exitRequested()) {
                String line;
                try {
                    line = reader.readLine(interactive ? PROMPT : "");
                } catch (UserInterruptException e) {
                    pasted = false;
                    continue;   // Ctrl-C drops what was being typed or pasted
                } catch (EndOfFileException e) {
                    if (parser.openJson() != null) unclosedJson(parser.openJson(), linesRead + 1);
                    break;
                }
                linesRead += 1 + (int) line.chars().filter(c -> c == '\n').count();
                boolean wasPasted = pasted;
                pasted = false;
                handle(line, wasPasted, reader);
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            try {
                if (historyFile != null) reader.getHistory().save();
            } catch (IOException e) {
                ctx.err().println("warning: cannot save the history to " + historyFile + ": " + e.getMessage());
            }
            ctx.source(null);
            ctx.out().flush();
            ctx.err().flush();
        }
        return worst;
    }

    /** Input that ended inside a JSON block: everything after its first line (commands too) went into it, unread. */
    private void unclosedJson(String block, int line) {
        String first = block.strip().lines().findFirst().orElse("");
        ctx.err().println("error: the JSON block starting at line " + line + " (" + ControlChars.escape(Session.shorten(first, 60))
                + ") is never closed; it and every line after it were not read");
        ctx.err().flush();
        worst = Math.max(worst, 2);
    }

    /** A bracketed paste into an empty line is evidence, accepted at once; into a half-typed command it is just text. */
    private boolean pasteWidget(LineReader reader, LineReaderImpl impl) {
        boolean empty = reader.getBuffer().length() == 0;
        impl.beginPaste();
        String text = reader.getBuffer().toString();
        if (empty && (text.contains("\n") || JsonBalance.startsLikeJson(text))) {
            pasted = true;
            return reader.getBuiltinWidgets().get(LineReader.ACCEPT_LINE).apply();
        }
        return true;
    }

    /** One input: a command, a comment, or evidence. Returns the command's exit code (0 for evidence). */
    public int handle(String line, boolean wasPasted, LineReader reader) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || !wasPasted && trimmed.startsWith("#") && !trimmed.contains("\n")) return 0;
        List<String> words = trimmed.contains("\n") ? null : ShellWords.split(trimmed);
        String first = words == null || words.isEmpty() ? null : words.get(0);
        int code;
        if (!wasPasted && first != null && commands.getSubcommands().containsKey(first) && (interactive || fits(words))) {
            if (reader != null) addHistory(reader, trimmed);
            if (!interactive) {
                ctx.out().println(PROMPT + trimmed);
                ctx.out().flush();
            }
            code = execute(words);
        } else if (!wasPasted && first != null && words.size() <= 3 && looksMistyped(words)) {
            ctx.err().println("error: unknown command '" + first + "' (help lists them; did you mean " + closest(first) + "?)");
            ctx.err().flush();
            code = 2;
        } else {
            if (!interactive) {
                List<String> lines = trimmed.lines().toList();
                String head = ControlChars.escape(lines.get(0).length() > 100 ? lines.get(0).substring(0, 99) + "…" : lines.get(0));
                ctx.out().println(PROMPT + head + (lines.size() > 1 ? "   [" + lines.size() + " lines]" : ""));
            }
            code = evidence(line);
        }
        if (code >= 2 && code != 130) worst = Math.max(worst, code);
        return code;
    }

    /** One line from `doctor -c`: a command runs without echo; anything else is evidence. */
    public int runOnce(String line) {
        List<String> words = line.contains("\n") ? null : ShellWords.split(line.strip());
        if (words != null && !words.isEmpty() && commands.getSubcommands().containsKey(words.get(0))) return execute(words);
        return evidence(line);
    }

    private int execute(List<String> words) {
        running = Thread.currentThread();
        try {
            return commands.execute(words.toArray(String[]::new));
        } finally {
            running = null;
            Thread.interrupted();  // a Ctrl-C that came after the command finished must not hit the next read
        }
    }

    private int evidence(String text) {
        try {
            Ranking.printUpdate(ctx.session().paste(text), ctx);
            return 0;
        } catch (InputException e) {
            ctx.err().println("error: " + e.getMessage() + " (nothing added)");
            ctx.err().flush();
            return 2;
        } catch (Session.AnalysisFailed e) {
            ctx.err().println("error: " + e.getMessage());
            ctx.err().flush();
            return 4;
        }
    }

    /**
     * In a script, a command word followed by what that command does not take is console text pasted in
     * (`exit code: 1`, `help wanted`), not a command.
     */
    private boolean fits(List<String> words) {
        try {
            commands.parseArgs(words.toArray(String[]::new));
            return true;
        } catch (CommandLine.UnmatchedArgumentException e) {
            return false;
        } catch (CommandLine.ParameterException e) {
            return true;  // the command's own error says more than taking the line as evidence would
        }
    }

    private void addHistory(LineReader reader, String line) {
        reader.setVariable(LineReader.DISABLE_HISTORY, false);
        try {
            reader.getHistory().add(line);
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, true);
        }
    }

    /**
     * A lower-case word a typo away from a command name, with plain arguments: not evidence worth keeping.
     * Console text (`Exit code: -`, `Status: STOPPED`) has capitals or punctuation and stays evidence.
     */
    private boolean looksMistyped(List<String> words) {
        String word = words.get(0);
        boolean plainArguments = words.stream().skip(1).allMatch(w -> w.matches("[A-Za-z0-9._/-]+"));
        return word.length() <= 12 && word.chars().allMatch(c -> c >= 'a' && c <= 'z') && plainArguments
                && distance(word, closest(word)) <= 2;
    }

    private String closest(String word) {
        String best = null;
        int d = Integer.MAX_VALUE;
        for (String c : commands.getSubcommands().keySet()) {
            int x = distance(word.toLowerCase(Locale.ROOT), c);
            if (x < d) {
                d = x;
                best = c;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Creates the session's commands with the ShellContext, others (cli commands) with the fallback factory. */
    private record Factory(ShellContext ctx, CommandLine.IFactory fallback) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> c = cls.getDeclaredConstructor(ShellContext.class);
                c.setAccessible(true);
                return c.newInstance(ctx);
            } catch (NoSuchMethodException e) {
                return fallback.create(cls);
            }
        }
    }
}
