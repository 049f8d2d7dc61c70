package io.ecstriage.cli;

import io.ecstriage.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input as the user gave it. Started with stdin closed (`<&-`), the JVM opens its own files on the
 * free descriptor 0 (lib/modules, the class-data archive), and reading System.in would read the JDK.
 */
final class StandardInput {
    private StandardInput() {}

    /** System.in, or a stream that refuses to be read when descriptor 0 is one the JVM opened for itself. */
    static InputStream system() {
        return ownedByJvm(fd0(), Path.of(System.getProperty("java.home"))) ? new Closed() : System.in;
    }

    private static Path fd0() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null; // no /proc (macOS): nothing to tell, read stdin as given
        }
    }

    /** Whether `target` (what descriptor 0 points at) is a file of the Java installation or a class-data archive. */
    static boolean ownedByJvm(Path target, Path javaHome) {
        if (target == null || !target.isAbsolute()) return false; // pipe:[…], socket:[…] and the like are the user's
        return target.normalize().startsWith(real(javaHome)) || target.normalize().startsWith(javaHome.normalize())
                || target.getFileName() != null && target.getFileName().toString().endsWith(".jsa");
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.normalize();
        }
    }

    /** Standard input that was closed when ecs-triage started. */
    static final class Closed extends InputStream {
        static final String MESSAGE = "stdin: standard input is closed; give the input as a file or a pipe (… < file, cat file | …)";

        @Override
        public int read() {
            throw new InputException(MESSAGE);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            throw new InputException(MESSAGE);
        }
    }
}
