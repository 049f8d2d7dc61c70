package io.ecstriage.aws;

/** AWS cannot be used at all (no credentials, endpoint unreachable, stack not readable): exit code 3. */
public final class AwsAccessException extends RuntimeException {
    public AwsAccessException(String message) {
        super(message);
    }

    public AwsAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
