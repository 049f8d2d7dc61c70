package io.ecstriage.repl;

/**
 * How a session connects to AWS (`connect`, --stack/--cluster/--service): {@code repl.live.AwsLiveCollection}
 * over the live collectors, or {@link #unavailable()} where a session must not reach AWS.
 */
public interface LiveCollection {
    String NOT_AVAILABLE = "live collection is not available in this build";

    /** False when this build cannot reach AWS at all. */
    boolean available();

    /**
     * Opens a read-only connection with the profile and Region (null: the SDK's default chain).
     *
     * @throws LiveCollectionException with a one-line reason (no credentials, denied, no network)
     */
    EvidenceSource connect(String profile, String region) throws InterruptedException;

    static LiveCollection unavailable() {
        return new LiveCollection() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public EvidenceSource connect(String profile, String region) {
                throw new LiveCollectionException(NOT_AVAILABLE);
            }
        };
    }

    /** A failure to reach or read AWS, with a message fit to print as is. */
    final class LiveCollectionException extends RuntimeException {
        public LiveCollectionException(String message) {
            super(message);
        }

        public LiveCollectionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
