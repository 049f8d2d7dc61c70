package io.ecstriage.repl;

import io.ecstriage.repl.commands.Candidates;
import java.nio.file.Path;
import java.util.List;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.completer.SystemCompleter;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.shell.jline3.PicocliCommands;

/**
 * Tab completion: command names and options from picocli-shell-jline3, and what it leaves out, the positional
 * arguments: ranks after `explain`/`fix`, tables after `show`, stack/cluster/service names after `use` (from the
 * snapshot and, when connected, the account), file names after `load`/`save`.
 */
public final class DoctorCompleter implements Completer {
    private final CommandLine commands;
    private final SystemCompleter names;
    private final Completer files = new Completers.FileNameCompleter();

    public DoctorCompleter(CommandLine commands) {
        this.commands = commands;
        this.names = new PicocliCommands(commands).compileCompleters();
        this.names.compile(s -> new Candidate(s, s, null, null, null, null, true));
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        names.complete(reader, line, candidates);
        List<String> words = line.words();
        if (line.wordIndex() == 0 || words.isEmpty()) return;
        CommandLine sub = commands.getSubcommands().get(words.get(0));
        if (sub == null) return;
        if (line.word().startsWith("-")) {  // picocli-shell-jline3 misses options after a positional argument
            sub.getCommandSpec().options().forEach(o -> {
                for (String n : o.names()) candidates.add(new Candidate(n));
            });
            return;
        }
        int position = 0;  // which positional argument the cursor is on
        for (int i = 1; i < line.wordIndex(); i++) if (!words.get(i).startsWith("-")) position++;
        for (PositionalParamSpec p : sub.getCommandSpec().positionalParameters()) {
            if (!p.index().contains(position)) continue;
            Iterable<String> cands = p.completionCandidates();
            if (cands instanceof Candidates.LineAware aware) {
                aware.candidates(words.subList(0, line.wordIndex())).forEach(c -> candidates.add(new Candidate(c)));
            } else if (cands != null) {
                cands.forEach(c -> candidates.add(new Candidate(c)));
            } else if (p.type() == Path.class || p.type() == java.io.File.class) {
                files.complete(reader, line, candidates);
            }
        }
    }
}
