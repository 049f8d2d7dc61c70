package io.ecstriage.repl.commands;

/** A command used wrongly in the session (no such cause, no such table…): one line, the session goes on. */
public final class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message);
    }
}
