package io.ecstriage.ingest;

/** Input we cannot read: its message is the one line the user sees. */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
