package io.ecstriage.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that remembers the first failed write. PrintWriter (and System.out) swallow write errors, so a
 * report lost to a full disk or a closed descriptor would otherwise end as if it had been printed.
 */
final class WriteFailures extends Writer {
    private final Writer target;
    private volatile IOException first;

    WriteFailures(Writer target) {
        this.target = target;
    }

    /** The first write or flush that failed, or null. */
    IOException failure() {
        return first;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        try {
            target.write(buf, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            target.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            target.close();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (first == null) first = e;
        return e;
    }
}
