package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.ingest.Capture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session loop on a dumb terminal over in-memory streams, as `doctor < script.txt` runs it; Ctrl-C is the
 * ^C byte on a terminal whose attributes make it a signal, as a tty's do.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DoctorShellTest {
    @TempDir
    Path dir;

    @Test
    void multiLinePastesAreEvidenceAndTheRankingShowsWhatChanged() throws IOException {
        ShellHarness h = new ShellHarness(Pastes.paste(1) + Pastes.paste(2) + Pastes.paste(3));

        assertEquals(0, h.run(), h::all);

        String out = h.out.toString();
        assertTrue(out.contains("+ paste 1: ecs describe-tasks"), out);
        assertTrue(out.contains("+ paste 3: logs describe-log-groups"), out);
        assertTrue(out.contains("Changed: new: LogGroupMissing 0.60, rank 1"), out);
        assertTrue(out.contains("Changed: LogGroupMissing 0.60 → 0.90 (rank 1)"), out);
        assertTrue(out.contains("  #1 LogGroupMissing  HIGH    0.90  0.60 → 0.90"), out);
        List<Capture> captures = h.session.captures();
        assertEquals(3, captures.size());
        assertEquals(Pastes.command(3), captures.get(2).command(), "the `$ aws …` line names the output after it");
        assertEquals("", h.err.toString());
    }

    @Test
    void outputIsPlainTextWithCommandsEchoedAfterThePrompt() throws IOException {
        ShellHarness h = new ShellHarness(Pastes.REASON + "\nnext\nexplain 1\nfix 1\n");

        h.run();

        String all = h.all();
        assertFalse(all.contains("\u001B"), "no escape codes on a dumb terminal:\n" + all);
        assertTrue(all.contains("doctor> Stopped | ResourceInitializationError"), all);
        assertTrue(all.contains("doctor> next\nNext: aws ecs describe-task-definition --task-definition FAMILY:REVISION"), all);
        assertTrue(all.contains("doctor> explain 1\n#1 LogGroupMissing  HIGH  confidence 0.60"), all);
        assertTrue(all.contains("What would settle or refute it:\n  - aws ecs describe-task-definition"), all);
        assertTrue(all.contains("doctor> fix 1\n# #1 LogGroupMissing"), all);
    }

    @Test
    void ctrlCDropsTheHalfPastedInputAndTheSessionGoesOn() throws IOException {
        ShellHarness h = new ShellHarness("{\n  \"tasks\": [\n\u0003next\n", LiveCollection.unavailable(), null, true);

        assertEquals(0, h.run(), h::all);

        assertTrue(h.session.captures().isEmpty(), "the cancelled paste added nothing");
        assertTrue(h.out.toString().contains("doctor> next\nNext: aws ecs describe-services"), h.all());
        assertEquals("", h.err.toString());
    }

    @Test
    void ctrlCCancelsARunningCollectionNotTheSession() throws IOException {
        BlockingLive live = new BlockingLive();
        ShellHarness h = new ShellHarness("connect\nuse service web\nshow tasks\n", live, null, true);
        live.terminal = h.terminal;

        assertEquals(0, h.run(), h::all);

        assertTrue(live.interrupted, "the collection saw the interrupt");
        assertTrue(h.err.toString().contains("cancelled"), h.all());
        assertTrue(h.out.toString().contains("doctor> show tasks\n(no tasks in the session yet)"), h.all());
    }

    @Test
    void exitEndsTheSessionAndEndOfInputToo() throws IOException {
        ShellHarness h = new ShellHarness("exit\nnext\n");
        assertEquals(0, h.run());
        assertFalse(h.out.toString().contains("doctor> next"), h.all());

        ShellHarness eof = new ShellHarness("next\n");
        assertEquals(0, eof.run());
        assertTrue(eof.out.toString().contains("doctor> next"), eof.all());
    }

    @Test
    void historyKeepsCommandsNotEvidenceAndPersists() throws IOException {
        Path file = dir.resolve("history");
        new ShellHarness("help\n" + Pastes.REASON + "\nnext\n", LiveCollection.unavailable(), file, false).run();

        List<String> saved = Files.readAllLines(file);
        assertEquals(2, saved.size(), saved::toString);
        assertTrue(saved.get(0).endsWith("help") && saved.get(1).endsWith("next"), saved::toString);

        ShellHarness again = new ShellHarness("history\n", LiveCollection.unavailable(), file, false);
        again.run();
        assertTrue(again.out.toString().contains("    1  help\n    2  next\n    3  history"), again.all());
    }

    @Test
    void aMistypedCommandIsNotEvidence() throws IOException {
        ShellHarness h = new ShellHarness("diagnos\n");

        assertEquals(2, h.run());

        assertTrue(h.session.captures().isEmpty());
        assertTrue(h.err.toString().contains("unknown command 'diagnos' (help lists them; did you mean diagnose?)"), h.all());
    }

    @Test
    void malformedJsonIsRefusedAndNothingIsAdded() throws IOException {
        ShellHarness h = new ShellHarness("{\"tasks\": [1,]}\nshow tasks\n");

        assertEquals(2, h.run());

        assertTrue(h.session.captures().isEmpty());
        assertTrue(h.err.toString().startsWith("error: paste 1:1:"), h.all());
        assertTrue(h.err.toString().contains("(nothing added)"), h.all());
    }

    @Test
    void liveCommandsSayOnceThatThisBuildHasNoLiveCollection() throws IOException {
        ShellHarness h = new ShellHarness("connect\nrefresh\nuse stack web-stack\n" + Pastes.REASON + "\ncheck\n");

        assertEquals(3, h.run());

        String out = h.out.toString();
        assertTrue(out.contains("doctor> connect\n" + LiveCollection.NOT_AVAILABLE + "\n"), out);
        assertTrue(out.contains("doctor> refresh\n" + LiveCollection.NOT_AVAILABLE + "\n"), out);
        assertTrue(out.contains("doctor> use stack web-stack\n" + LiveCollection.NOT_AVAILABLE + "; scope noted: stack web-stack\n"), out);
        assertTrue(out.contains("doctor> check\n" + LiveCollection.NOT_AVAILABLE
                + "; run it yourself and paste its output: aws ecs describe-task-definition"), out);
        assertEquals("web-stack", h.session.scope().stack());
    }

    @Test
    void tabCompletesCommandsRanksTablesAndNamesFromTheSnapshot() throws IOException {
        ShellHarness h = new ShellHarness("");
        h.session.paste(Pastes.paste(0));
        h.session.paste(Pastes.paste(1));
        LineReader reader = LineReaderBuilder.builder().terminal(h.terminal).parser(new DoctorParser()).build();
        DoctorCompleter completer = new DoctorCompleter(h.commands);

        assertTrue(complete(completer, reader, "ex").contains("explain"));
        assertTrue(complete(completer, reader, "ex").contains("exit"));
        assertEquals(List.of("1", "2"), complete(completer, reader, "explain ")); // LogGroupMissing, then the LatestTagInUse advisory
        assertTrue(complete(completer, reader, "show ").containsAll(List.of("tasks", "targets", "security-groups", "subnets", "events", "logs", "stack")));
        assertEquals(List.of("vendor0919-service"), complete(completer, reader, "use service "));
        assertEquals(List.of("vendor0919-cluster"), complete(completer, reader, "use cluster "));
        assertTrue(complete(completer, reader, "save x --").contains("--redact"));
        h.terminal.close();
    }

    private static List<String> complete(DoctorCompleter completer, LineReader reader, String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(reader, new DoctorParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).distinct().toList();
    }

    /** A live collection whose collect() blocks until interrupted, after "pressing" Ctrl-C on the terminal. */
    private static final class BlockingLive implements LiveCollection {
        volatile Terminal terminal;
        volatile boolean interrupted;

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public EvidenceSource connect(String profile, String region) {
            return new EvidenceSource() {
                @Override
                public String describe() {
                    return "fake account";
                }

                @Override
                public List<String> names(Scope.Kind kind) {
                    return List.of();
                }

                @Override
                public List<Capture> collect(Scope scope) throws InterruptedException {
                    terminal.raise(Terminal.Signal.INT);
                    try {
                        Thread.sleep(20_000);
                    } catch (InterruptedException e) {
                        interrupted = true;
                        throw e;
                    }
                    return List.of();
                }

                @Override
                public Capture run(String awsCommand) {
                    return null;
                }
            };
        }
    }

    @Test
    void anAwsLineAloneIsTheCommandOfTheNextOutput() throws IOException {
        ShellHarness h = new ShellHarness("$ " + Pastes.command(3) + "\n" + Pastes.output(3) + "\n");
        h.run();
        assertTrue(h.out.toString().contains("noted `" + Pastes.command(3) + "`: paste its output next"), h.all());
        assertEquals(Pastes.command(3), h.session.captures().get(0).command());
        assertNull(h.session.pendingCommand());
    }
}
