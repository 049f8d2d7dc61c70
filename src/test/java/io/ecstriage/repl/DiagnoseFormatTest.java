package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The doctor's `diagnose --format` takes its values from report/ReportFormat, as the CLI's does. */
class DiagnoseFormatTest {

    @Test
    void briefPrintsWhatTheSharedFormatPrints() throws IOException {
        ShellHarness h = new ShellHarness(Pastes.REASON + "\ndiagnose --format brief\n");
        h.run();
        StringWriter expected = new StringWriter();
        ReportFormat.brief.renderer(null, false).render(TestDiagnosis.diagnose("paste", Pastes.REASON), new PrintWriter(expected));

        assertTrue(h.out.toString().endsWith(expected.toString()), h::all);
        assertTrue(expected.toString().startsWith("Ranking: 1 cause"), expected::toString);
    }

    @Test
    void anUnknownFormatListsTheEnumsValues() throws IOException {
        ShellHarness h = new ShellHarness("diagnose --format xml\n");

        assertEquals(2, h.run(), h::all);
        assertTrue(h.err.toString().contains("unknown --format xml (text, json, markdown, brief, sarif or junit)"), h::all);
    }
}
