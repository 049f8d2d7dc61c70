package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.model.Snapshot;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** `doctor < script.txt`: what a script can get wrong, and the commands that undo evidence. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DoctorScriptTest {

    @Test
    void aJsonBlockLeftOpenIsAnErrorNamingItsFirstLine() throws IOException {
        ShellHarness h = new ShellHarness(Pastes.REASON + "\n{\"services\": [\n  {\"serviceName\": \"web\"\nnext\nexplain 1\n");

        assertEquals(2, h.run(), h::all);

        assertTrue(h.err.toString().contains("error: the JSON block starting at line 2 ({\"services\": [) is never closed;"
                + " it and every line after it were not read"), h::all);
        assertEquals(1, h.session.captures().size(), "only the line before the block was read");
    }

    @Test
    void consoleLinesAreEvidenceNotCommands() throws IOException {
        ShellHarness h = new ShellHarness(Pastes.REASON + "\nExit code: -\nexit code: 137\nStatus: STOPPED\nnext\n");

        assertEquals(0, h.run(), h::all);

        assertEquals("", h.err.toString(), "neither an unknown command nor a run of `exit`");
        assertEquals(4, h.session.captures().size(), h::all);
        assertTrue(h.out.toString().contains("doctor> exit code: 137\n"), "echoed as evidence:\n" + h.all());
        assertTrue(h.out.toString().contains("doctor> next\nNext: "), "the session went on after `exit code: 137`:\n" + h.all());
    }

    @Test
    void aMistypedCommandIsStillAnError() throws IOException {
        ShellHarness h = new ShellHarness("explian 1\n");

        assertEquals(2, h.run(), h::all);
        assertTrue(h.err.toString().contains("unknown command 'explian'"), h::all);
    }

    @Test
    void dropListsAndRemovesCapturesAndResetForgetsThemAll() throws IOException {
        ShellHarness h = new ShellHarness(Pastes.paste(1) + Pastes.paste(3) + "drop\ndrop 2\nnext\nreset\ndrop\n");

        assertEquals(0, h.run(), h::all);

        String out = h.out.toString();
        assertTrue(out.contains("doctor> drop\n1  paste 1: `" + Pastes.command(1).substring(0, 40)), out);
        assertTrue(out.contains("\n2  paste 2: `" + Pastes.command(3).substring(0, 40)), out);
        assertTrue(out.contains("dropped 2: paste 2: `" + Pastes.command(3).substring(0, 40)), out);
        assertTrue(out.contains("session reset: no evidence"), out);
        assertTrue(out.endsWith("doctor> drop\n(no captures in the session yet)\n"), out);
        assertEquals(0, h.session.captures().size());
        assertEquals(0, h.session.report().findings().size());
    }

    @Test
    void droppingACaptureThatIsNotThereIsAUsageError() throws IOException {
        ShellHarness h = new ShellHarness(Pastes.REASON + "\ndrop 5\n");

        assertEquals(2, h.run(), h::all);
        assertTrue(h.err.toString().contains("error: no capture 5: there are 1 (drop lists them)"), h::all);
        assertEquals(1, h.session.captures().size());
    }

    @Test
    void escapeSequencesFromTheInputAreShownNotObeyed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path f = dir.resolve("hostile.txt");
        java.nio.file.Files.writeString(f, Pastes.REASON + "\u001b]0;owned\u001b[2J\n");
        ShellHarness h = new ShellHarness("load " + f + "\nexplain 1\nshow events\ndrop\n");

        h.run();

        assertFalse(h.all().contains("\u001b"), h::all);
        assertTrue(h.out.toString().contains("\\e]0;owned\\e[2J"), h::all);
    }

    @Test
    void aCaptureThatFailsToAnalyseIsRemovedAndTheSessionGoesOn() throws IOException {
        Diagnoser real = TestDiagnosis.diagnoser();
        Diagnoser failing = mock(Diagnoser.class);
        // a reader or rule defect is simulated: Mockito, as no input is known to break the real engine for good
        when(failing.diagnose(any())).thenAnswer(call -> {
            Snapshot s = call.getArgument(0);
            if (s.ignoredInputs().stream().anyMatch(i -> i.keys().contains("Boom"))) throw new NullPointerException("boom");
            return real.diagnose(s);
        });
        ShellHarness h = new ShellHarness(Pastes.REASON + "\n{\"Boom\": 1}\nnext\n" + Pastes.paste(3),
                LiveCollection.unavailable(), null, false, () -> failing);

        assertEquals(4, h.run(), h::all);

        String err = h.err.toString();
        assertTrue(err.contains("error: paste 2 could not be analysed (java.lang.NullPointerException: boom); it was removed"
                + " and the session goes on"), h::all);
        assertEquals(1, err.lines().count(), "one error, not one per later command:\n" + h.all());
        assertTrue(h.out.toString().contains("doctor> next\nNext: "), h::all);
        assertEquals(2, h.session.captures().size(), "the reason and the last paste; not the bad one");
        assertFalse(h.session.captures().stream().anyMatch(c -> c.output() != null && c.output().has("Boom")));
    }
}
