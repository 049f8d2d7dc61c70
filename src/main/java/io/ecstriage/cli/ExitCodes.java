package io.ecstriage.cli;

/** The documented exit codes (README, docs/architecture.md). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int PROBLEMS_FOUND = 1;
    public static final int BAD_INPUT = 2;
    public static final int AWS_ACCESS = 3;
    public static final int INTERNAL = 4;
    /** The report could not be written: stdout closed, full (`> /dev/full`) or a broken pipe. */
    public static final int OUTPUT_FAILED = 5;

    private ExitCodes() {}
}
