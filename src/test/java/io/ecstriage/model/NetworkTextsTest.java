package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworkTextsTest {
    private static boolean timedOut(String text) {
        return TextSignal.of(TextSignal.Origin.PASTED, "p", text, null).says(NetworkTexts.SECRETS_TIMEOUT);
    }

    @Test
    void aSecretsReadThatTimedOutIsTheNetwork() {
        assertTrue(timedOut("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve"
                + " secret from asm: service call has been retried 5 time(s): failed to fetch secret arn:aws:secretsmanager:eu-west-1:1:secret:db from secrets"
                + " manager: RequestCanceled: request context canceled caused by: context deadline exceeded"));
        assertTrue(timedOut("unable to retrieve secrets from ssm: service call has been retried 3 time(s)"));
    }

    @Test
    void aSecretsReadThatTheServiceAnsweredIsNot() {
        // the SDK's "retried 5 time(s)" is in every such text; an answer (not found, denied, KMS) proves the path works
        assertFalse(timedOut("ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve"
                + " secret from asm: service call has been retried 5 time(s): failed to fetch secret arn:aws:secretsmanager:eu-west-1:1:secret:db-XyZ from"
                + " secrets manager: ResourceNotFoundException: Secrets Manager can't find the specified secret."));
        assertFalse(timedOut("unable to retrieve secrets from ssm: service call has been retried 5 time(s): AccessDeniedException: User: arn:aws:sts::1:"
                + "assumed-role/exec/x is not authorized to perform: ssm:GetParameters"));
        assertFalse(timedOut("unable to retrieve secret from asm: service call has been retried 5 time(s): AccessDeniedException: Access to KMS is not allowed"));
    }

    private static boolean pullTimedOut(String text) {
        return TextSignal.of(TextSignal.Origin.PASTED, "p", text, null).says(NetworkTexts.PULL_TIMEOUT);
    }

    @Test
    void aDockerTimeoutIsTheNetworkOnlyAtAStepThatCanWaitOnIt() {
        // amazon-ecs-agent's DockerTimeoutError: "Could not transition to " + step + "; timed out after waiting " + duration
        assertTrue(pullTimedOut("DockerTimeoutError: Could not transition to pulled; timed out after waiting 5m0s"));
        assertTrue(pullTimedOut("DockerTimeoutError: Could not transition to created; timed out after waiting 4m0s"));
        assertTrue(pullTimedOut("Could not transition to started; timed out after waiting 3m0s"));
        assertTrue(pullTimedOut("DockerTimeoutError"));
        assertTrue(pullTimedOut("CannotPullContainerError: Error response from daemon: Get \"https://1.dkr.ecr.us-east-1.amazonaws.com/v2/\":"
                + " net/http: TLS handshake timeout"));
        // inspecting and stopping wait on the host's Docker daemon, not on a registry
        assertFalse(pullTimedOut("CannotInspectContainerError: Could not transition to inspecting; timed out after waiting 30s"));
        assertFalse(pullTimedOut("DockerTimeoutError: Could not transition to inspecting; timed out after waiting 30s"));
        assertFalse(pullTimedOut("DockerTimeoutError: Could not transition to stopped; timed out after waiting 30s"));
    }
}
