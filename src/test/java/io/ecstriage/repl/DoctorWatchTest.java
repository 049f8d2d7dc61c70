package io.ecstriage.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.diagnosis.Diagnoser;
import io.ecstriage.ingest.Capture;
import io.ecstriage.json.JsonTrees;
import io.ecstriage.report.Report;
import io.ecstriage.rules.RuleFolders;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The doctor's `watch` settles the open hypotheses as the CLI's does (WatcherTest): their read-only, filled checks run
 * through the connected account, once per watch; a check that confirms a cause prints it in the same poll after
 * "settling checks run: N", and checks that settle nothing leave the ranked hypotheses printed once, with each
 * check's result.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DoctorWatchTest {
    private static final String SERVICE = "civictechjobs-fullstack-stage";
    private static final String UNHEALTHY = "(service " + SERVICE + ") (port 8000) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-west-2:"
            + "035866691871:targetgroup/civictechjobs-fullstack-stage/555a47e25c5a1850) due to (reason Health checks failed).";
    private static final String SCRIPT = "connect\nuse service " + SERVICE + "\nwatch --interval 2 --until-finding\n";

    /**
     * An account whose collection shows only the service event no rule confirms. As AwsEvidenceSource does, run() answers
     * a read the collectors make and, for one they do not, says so in a text capture; `answer` replaces that when set.
     * The collect() numbered `interruptAt` presses Ctrl-C and blocks until interrupted.
     */
    private static final class Account implements LiveCollection {
        final List<String> ran = new ArrayList<>();
        final AtomicInteger collections = new AtomicInteger();
        volatile Terminal terminal;
        Capture answer;
        int interruptAt = Integer.MAX_VALUE;

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public EvidenceSource connect(String profile, String region) {
            return new EvidenceSource() {
                public String describe() {
                    return "account 035866691871 (us-west-2)";
                }

                public List<String> names(Scope.Kind kind) {
                    return List.of(SERVICE);
                }

                public List<Capture> collect(Scope scope) throws InterruptedException {
                    if (collections.incrementAndGet() == interruptAt) {
                        terminal.raise(Terminal.Signal.INT);
                        Thread.sleep(20_000);
                    }
                    return List.of(new Capture("collected", null, "us-west-2", null, UNHEALTHY));
                }

                public Capture run(String awsCommand) {
                    ran.add(awsCommand);
                    if (answer != null) return answer;
                    AwsCall call = AwsCall.parse(awsCommand);
                    return new Capture("check", awsCommand, "us-west-2", null, "the collectors do not read aws " + call.service() + " "
                            + call.operation() + " for service " + SERVICE + "; run it by hand and paste its output");
                }
            };
        }
    }

    @Test
    void aCheckThatConfirmsACauseIsRunThroughTheAccountAndTheCauseIsPrintedInTheSamePoll() throws Exception {
        Account account = new Account();
        account.answer = new Capture(null, "aws elbv2 describe-target-groups --region us-west-2", "us-west-2",
                new JsonTrees().read("{\"TargetGroups\":[]}"), null);
        // the rules are stubbed only for the confirmation: once a check has been answered, the diagnosis is a confirmed cause
        Report confirmed = TestDiagnosis.diagnoseFile(RuleFolders.of("ImageNotFound").dir().resolve("fires-tag-changed-since-healthy.json"), "f");
        Diagnoser diagnoser = spy(TestDiagnosis.diagnoser());
        doAnswer(inv -> account.ran.isEmpty() ? inv.callRealMethod() : confirmed).when(diagnoser).diagnose(any());
        ShellHarness h = new ShellHarness(SCRIPT, account, null, false, () -> diagnoser);

        h.run();

        String out = h.out.toString();
        assertTrue(!account.ran.isEmpty() && account.ran.stream().allMatch(c -> AwsCall.parse(c).isRead() && AwsCall.parse(c).placeholders().isEmpty()),
                account.ran.toString());
        assertTrue(account.ran.stream().anyMatch(c -> c.startsWith("aws elbv2 describe-target-groups --target-group-arns arn:aws:elasticloadbalancing:us-west-2:")),
                account.ran.toString());
        assertEquals(account.ran.size(), account.ran.stream().distinct().count(), "each check once");
        assertTrue(out.contains("] settling checks run: " + account.ran.size() + "\n"), out);
        assertTrue(out.contains("] root cause found after 1 poll ("), out);
        assertTrue(out.contains("#1 ImageNotFound  HIGH"), out);
        assertTrue(out.contains("watch ended: root cause found (--until-finding) after 1 poll"), out);
        assertEquals(2, account.collections.get(), "`use` collected once and the watch's one poll once: no collection per check");
    }

    @Test
    void checksThatSettleNothingRunOnceAndTheOpenHypothesesArePrintedOnceWithWhatEachCheckGot() throws IOException {
        Account account = new Account();
        account.interruptAt = 4; // `use`, then polls 1 and 2; Ctrl-C during poll 3
        ShellHarness h = new ShellHarness(SCRIPT, account, null, true);
        account.terminal = h.terminal;

        h.run();

        String out = h.out.toString();
        assertTrue(out.contains("[") && out.contains("poll 2:"), h.all());
        assertEquals(account.ran.size(), account.ran.stream().distinct().count(), "a quiet poll never repeats a check: " + account.ran);
        assertTrue(!account.ran.isEmpty() && account.ran.size() <= io.ecstriage.collect.HypothesisSettler.MAX_CALLS, account.ran.toString());
        assertEquals(1, out.split("Hypotheses the checks did not settle", -1).length - 1, out);
        assertTrue(out.contains("H1 HealthCheckBlockedBySecurityGroup"), out);
        String check = account.ran.get(0);
        assertTrue(out.contains("  - " + check + ": not answered: the collectors do not read aws elbv2 describe-target-groups"),
                "the account's answer, not 'answered': " + out);
        assertNotEquals(-1, h.err.toString().indexOf("cancelled"), h.all());
    }
}
