package io.ecstriage.model;

/**
 * Regexes (for {@link TextSignal#says}, on normalised lower-case text) of the texts a broken network path
 * produces. They are shared by several causes (no route, no public IP, endpoint blocked, endpoint DNS off): the
 * configuration tells those apart, the text only says the task could not reach a registry or an AWS API.
 */
public final class NetworkTexts {
    private NetworkTexts() {}

    /**
     * The steps the ECS agent's DockerTimeoutError names ("Could not transition to STEP; timed out after waiting …",
     * amazon-ecs-agent, dockerclient): pulling, creating and starting a container can wait on the network; inspecting,
     * stopping and removing one wait on the host's Docker daemon (a busy instance or disk), never on a registry.
     */
    public static final String START_STEPS = "pulled|created|started";
    public static final String DAEMON_STEPS = "inspecting|stopped|removed";

    /** An image or registry-auth pull that timed out or was cancelled (corpus A010-A019, A050, A053, A100, A101). */
    public static final String PULL_TIMEOUT =
            "(cannotpull\\w*error|pull image|pulling image|ecr registry auth|registry auth from amazon ecr|can't pull the image)"
            + ".*(i/o timeout|context canceled|context deadline exceeded|request ?canceled|client\\.timeout|timed out|tls handshake timeout"
            + "|network configuration|connection issue"
            // what survives ECS's 255-character cut: the dial, the SDK's send failure
            + "|dial tcp|send request failed)"
            + "|connection issue between the task and amazon ecr"
            + "|^([^|]*\\| )?(cannotpullcontainererror: )?context canceled\\.?$"
            + "|dockertimeouterror(?!: could not transition to (" + DAEMON_STEPS + "))"
            + "|could not transition to (" + START_STEPS + "); timed out after waiting|unable transition start timeout";

    /** Secrets Manager / SSM parameters that could not be fetched for lack of a network path (A047, A048). */
    public static final String SECRETS_TIMEOUT =
            "unable to retrieve secrets? from (asm|ssm)"
            // the SDK retries every failed read: an answer of the service (not found, denied, KMS) means the network worked
            + "(?!.*(notfound|not found|can't find|accessdenied|not authorized|invalidparameter|invalid parameter|kms|decrypt))"
            + ".*(context deadline exceeded|i/o timeout|request ?canceled|network configuration|send request failed|retried [3-9] time)";

    /** Any start-up fetch of the task that failed on the network. */
    public static final String START_TIMEOUT = PULL_TIMEOUT + "|" + SECRETS_TIMEOUT;

    /** The same, plus the awslogs driver's connectivity wording (A058), which also names a missing log group. */
    public static final String ANY_AWS_TIMEOUT = START_TIMEOUT + "|connection issue between the task and amazon cloudwatch";

    /** A public registry (Docker Hub, Quay, GHCR): VPC endpoints cannot serve it, only an internet path can. */
    public static final String PUBLIC_REGISTRY = "docker\\.io|registry-1\\.docker|quay\\.io|ghcr\\.io|gcr\\.io";

    /** Name resolution failed: the endpoint's private DNS name did not resolve. */
    public static final String DNS_FAILURE = "no such host|server misbehaving|temporary failure in name resolution|could not resolve host";

    /** A client could not connect to a task directly (curl, browser). */
    public static final String CLIENT_TIMEOUT =
            "curl: \\(28\\)|curl: \\(7\\)|failed to connect to .* port \\d+|err_connection_timed_out|err_connection_refused"
            + "|connection timed out|operation timed out|connection refused";
}
