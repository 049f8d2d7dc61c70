package io.ecstriage.ingest;

import io.ecstriage.concurrent.BackgroundTask;
import io.ecstriage.concurrent.InOrder;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A large regular file read into one array by two threads, each copying its half straight from the file's pages
 * (mapped, so no buffer in between) and telling whether its half is all ASCII. A 55 MB fixture took 21 ms through an
 * input stream and 9 ms this way; the ASCII test, another 9 ms on one core, is halved too (docs/reliability.md,
 * eleventh round). Anything unusual (a file that shrinks while mapped, one that grows, a file system that cannot map)
 * gives null, and the caller reads the file the ordinary way, with its ordinary errors.
 */
final class HalvesFileRead {
    /** Below this many bytes one thread reads the file sooner than two start. */
    static final long FROM_BYTES = 4_000_000;

    /** The file's bytes, and whether they are all ASCII. */
    record Read(byte[] bytes, boolean ascii) {}

    private HalvesFileRead() {}

    /** True when a file of `size` bytes is read in halves on this machine. */
    static boolean worthIt(long size) {
        return size >= FROM_BYTES && size <= Integer.MAX_VALUE - 8 && InOrder.threadsFor(Integer.MAX_VALUE) > 1;
    }

    /** The `size` bytes of `file`, or null when they could not be read this way. */
    static Read read(Path file, int size) {
        try (FileChannel channel = FileChannel.open(file)) {
            byte[] bytes = new byte[size];
            int half = size / 2;
            BackgroundTask<Boolean> tail = BackgroundTask.start("read-tail", () -> copy(channel, bytes, half, size - half));
            boolean headAscii;
            try {
                headAscii = copy(channel, bytes, 0, half);
            } finally {
                tail.join(); // the tail's failure, if the head had none, is thrown here
            }
            boolean ascii = headAscii && tail.join();
            // a file that grew meanwhile: the ordinary read takes all of it, within the limit
            return channel.size() == size ? new Read(bytes, ascii) : null;
        } catch (IOException | UnsupportedOperationException | InternalError e) {
            // InternalError: a page of a file truncated while mapped (SIGBUS), which the JVM turns into an error
            return null;
        }
    }

    /** Copies `length` bytes of the file from `from` to the same place in `bytes`; true when all of them are ASCII. */
    private static boolean copy(FileChannel channel, byte[] bytes, int from, int length) throws IOException {
        MappedByteBuffer pages = channel.map(FileChannel.MapMode.READ_ONLY, from, length);
        pages.get(bytes, from, length);
        return Ascii.all(bytes, from, from + length);
    }
}
