package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file read in two halves side by side ({@link HalvesFileRead}): the same bytes, and ASCII told by both halves. */
class HalvesFileReadTest {
    @TempDir
    Path dir;

    private Path write(byte[] bytes) throws IOException {
        Path p = dir.resolve("input.json");
        Files.write(p, bytes);
        return p;
    }

    private static byte[] text(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) bytes[i] = (byte) ('a' + i % 26);
        return bytes;
    }

    @Test
    void readsTheBytesTheFileHoldsAndWhetherTheyAreAscii() throws IOException {
        for (int size : new int[] {1, 2, 7, 1001}) {
            byte[] bytes = text(size);
            HalvesFileRead.Read read = HalvesFileRead.read(write(bytes), size);
            assertNotNull(read);
            assertArrayEquals(bytes, read.bytes());
            assertTrue(read.ascii(), "size " + size);
        }
    }

    @Test
    void aByteOutsideAsciiInEitherHalfIsSeen() throws IOException {
        for (int at : new int[] {0, 499, 500, 999}) {
            byte[] bytes = text(1000);
            bytes[at] = (byte) 0xC3;
            HalvesFileRead.Read read = HalvesFileRead.read(write(bytes), bytes.length);
            assertNotNull(read);
            assertFalse(read.ascii(), "a byte at " + at);
        }
    }

    @Test
    void aFileOfAnotherSizeThanExpectedIsLeftToTheOrdinaryRead() throws IOException {
        Path p = write(text(1000));
        assertEquals(null, HalvesFileRead.read(p, 900), "it grew after its size was read");
    }

    @Test
    void aLargeFileIsReadInHalvesWithItsTextAndItsErrorsAsBefore() throws IOException {
        assertTrue(HalvesFileRead.worthIt(HalvesFileRead.FROM_BYTES) || Runtime.getRuntime().availableProcessors() < 2);
        InputLoader loader = new InputLoader(InputLoader.DEFAULT_MAX_BYTES);
        byte[] large = text((int) HalvesFileRead.FROM_BYTES + 10);
        byte[] cafe = "caf\u00E9".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(cafe, 0, large, large.length - cafe.length, cafe.length);
        String text = loader.load(write(large).toString(), InputStream.nullInputStream()).text();
        assertTrue(text.endsWith("caf\u00E9"), "a UTF-8 character in the second half is decoded");
        assertEquals(large.length - 1, text.length());

        byte[] latin1 = Arrays.copyOf(large, large.length);
        latin1[latin1.length - 1] = (byte) 0xE9;
        latin1[latin1.length - 2] = 'f';
        InputException e = assertThrows(InputException.class, () -> loader.load(write(latin1).toString(), InputStream.nullInputStream()));
        assertTrue(e.getMessage().contains("is not UTF-8 text"), e.getMessage());
    }
}
