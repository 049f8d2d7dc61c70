package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** From one pasted failure line to a confirmed cause on the dumb-terminal session: hypotheses, `next`, the paste that settles it. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DoctorDifferentialTest {
    private static final String BREAKER = "(service orders-service) (deployment ecs-svc/0205655736282798388) deployment failed: tasks failed to start.";

    @Test
    void aPastedFailureLineGivesHypothesesAndNextNamesItsService() throws IOException {
        ShellHarness h = new ShellHarness(BREAKER + "\nnext\n");
        h.run();
        String out = h.out.toString();
        assertTrue(out.contains("Ranking: no cause confirmed; hypotheses (unconfirmed):"), h.all());
        assertTrue(out.contains("Next: aws ecs list-tasks --cluster CLUSTER --service-name orders-service --desired-status STOPPED"), h.all());
        assertTrue(out.contains("confirms or rules out: H1 "), h.all());
    }

    @Test
    void pastingTheStoppedTasksMovesTheWinnerFromHypothesisToRootCause() throws IOException {
        // list-tasks gives only ARNs: its described tasks (the check's "then describe-tasks on them") are what settle it
        ShellHarness h = new ShellHarness(BREAKER + "\n" + Pastes.paste(1));
        h.run();
        String out = h.out.toString();
        int before = out.indexOf("H1 ");
        int after = out.indexOf("#1 LogGroupMissing");
        assertTrue(before >= 0 && out.indexOf("LogGroupMissing", before) >= 0, "LogGroupMissing is a hypothesis first\n" + h.all());
        assertTrue(after > before, "then the root cause\n" + h.all());
        String last = out.substring(after);
        assertTrue(!last.contains("Hypotheses (unconfirmed)"), "the confirmed cause accounts for the failure: no hypotheses left\n" + h.all());
        assertEquals("", h.err.toString());
    }
}
