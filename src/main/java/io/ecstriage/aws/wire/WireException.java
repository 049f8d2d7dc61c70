package io.ecstriage.aws.wire;

import java.util.Set;

/**
 * A call that did not answer: AWS's error (code, message, HTTP status) after the retries, or no answer at all
 * (a timeout; the connection failing), which carries no status.
 */
public final class WireException extends RuntimeException {
    /** The standard retry mode's throttling codes (botocore's and the SDK's lists). */
    static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
            "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
            "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
            "PriorRequestNotComplete", "EC2ThrottledException");

    public enum Kind { SERVICE, TIMEOUT, CONNECTION }

    private final Kind kind;
    private final String code;
    private final String awsMessage;
    private final int status;

    WireException(Kind kind, String code, String awsMessage, int status, Throwable cause) {
        super(code + ": " + awsMessage, cause);
        this.kind = kind;
        this.code = code;
        this.awsMessage = awsMessage;
        this.status = status;
    }

    /** An error as AWS (or the network) would have given it; for callers' tests and the few errors made outside this package. */
    public static WireException of(Kind kind, String code, String message, int status) {
        return new WireException(kind, code, message, status, null);
    }

    static WireException service(CliError e, int status) {
        return new WireException(Kind.SERVICE, e.code(), e.message(), status, null);
    }

    public Kind kind() {
        return kind;
    }

    /** AWS's error code (AccessDeniedException, ClusterNotFoundException …), or Timeout / ClientError without an answer. */
    public String code() {
        return code;
    }

    public String awsMessage() {
        return awsMessage;
    }

    /** The HTTP status of AWS's answer; 0 when there was none. */
    public int status() {
        return status;
    }

    public boolean isThrottling() {
        return kind == Kind.SERVICE && (status == 429 || code != null && THROTTLING.contains(code));
    }
}
