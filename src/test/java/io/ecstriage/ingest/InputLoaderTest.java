package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLoaderTest {
    private static final long ONE_MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private final InputLoader loader = new InputLoader(ONE_MIB);

    private static InputStream noStdin() {
        return InputStream.nullInputStream();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAFileUnderItsPath() throws IOException {
        Path p = write("tasks.json", "{\"tasks\": []}\n");

        RawInput raw = loader.load(p.toString(), noStdin());

        assertEquals(p.toString(), raw.name());
        assertEquals("{\"tasks\": []}\n", raw.text());
    }

    @Test
    void dashReadsStdin() {
        RawInput raw = loader.load("-", new ByteArrayInputStream("Stopped | log group does not exist".getBytes(StandardCharsets.UTF_8)));

        assertEquals("stdin", raw.name());
        assertEquals("Stopped | log group does not exist", raw.text());
    }

    @Test
    void keepsNonAsciiText() throws IOException {
        Path p = write("jp.txt", "タスク即 STOP（ログ無し）");

        assertEquals("タスク即 STOP（ログ無し）", loader.load(p.toString(), noStdin()).text());
    }

    @Test
    void dropsAUtf8ByteOrderMark() throws IOException {
        byte[] body = "{\"logGroups\": []}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertEquals("{\"logGroups\": []}", loader.load(write("bom.json", bytes).toString(), noStdin()).text());
    }

    @Test
    void keepsAnsiColouredText() throws IOException {
        // ESC is not binary: pasted terminal output often carries colour codes
        String coloured = "\u001B[31mERROR\u001B[0m log group does not exist\n".repeat(20);

        assertEquals(coloured, loader.load(write("colour.txt", coloured).toString(), noStdin()).text());
    }

    @Test
    void refusesAMissingFile() {
        String path = dir.resolve("nope.json").toString();

        InputException e = assertThrows(InputException.class, () -> loader.load(path, noStdin()));
        assertEquals(path + ": no such file", e.getMessage());
    }

    @Test
    void refusesADirectory() {
        InputException e = assertThrows(InputException.class, () -> loader.load(dir.toString(), noStdin()));
        assertTrue(e.getMessage().startsWith(dir + ": is a directory"), e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path p = write("empty.json", new byte[0]);

        InputException e = assertThrows(InputException.class, () -> loader.load(p.toString(), noStdin()));
        assertTrue(e.getMessage().contains("empty input"), e.getMessage());
    }

    @Test
    void refusesWhitespaceOnly() throws IOException {
        Path p = write("blank.json", " \n\t\r\n  ");

        InputException e = assertThrows(InputException.class, () -> loader.load(p.toString(), noStdin()));
        assertTrue(e.getMessage().contains("empty input"), e.getMessage());
    }

    @Test
    void refusesEmptyStdin() {
        InputException e = assertThrows(InputException.class, () -> loader.load("-", noStdin()));
        assertTrue(e.getMessage().startsWith("stdin: empty input"), e.getMessage());
    }

    @Test
    void refusesANulByteAndSaysWhere() throws IOException {
        byte[] bytes = "{\"tasks\": []}".getBytes(StandardCharsets.US_ASCII);
        bytes[5] = 0;
        Path p = write("nul.json", bytes);

        InputException e = assertThrows(InputException.class, () -> loader.load(p.toString(), noStdin()));
        assertTrue(e.getMessage().contains("binary data (NUL byte at offset 5)"), e.getMessage());
    }

    @Test
    void refusesInvalidUtf8() throws IOException {
        Path p = write("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});

        InputException e = assertThrows(InputException.class, () -> loader.load(p.toString(), noStdin()));
        assertTrue(e.getMessage().contains("is not UTF-8 text"), e.getMessage());
    }

    @Test
    void refusesEncodedSurrogatesAndCutSequencesButKeepsARealReplacementCharacter() throws IOException {
        for (byte[] bad : new byte[][] {{'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, {'a', (byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF, 'x'}}) {
            Path p = write("bad.txt", bad);
            InputException e = assertThrows(InputException.class, () -> loader.load(p.toString(), noStdin()));
            assertTrue(e.getMessage().contains("is not UTF-8 text"), e.getMessage());
        }
        Path ok = write("replacement.txt", "error \uFFFD here, caf\u00E9".getBytes(StandardCharsets.UTF_8));
        assertEquals("error \uFFFD here, caf\u00E9", loader.load(ok.toString(), noStdin()).text());
    }

    @Test
    void refusesControlCharacterNoiseWithoutNul() throws IOException {
        byte[] bytes = new byte[200];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < 40; i += 2) bytes[i] = 0x01;

        InputException e = assertThrows(InputException.class, () -> loader.load(write("ctl.bin", bytes).toString(), noStdin()));
        assertTrue(e.getMessage().contains("control characters"), e.getMessage());
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt() throws IOException {
        Path p = write("big.json", new byte[(int) (2 * ONE_MIB)]);

        InputException e = assertThrows(InputException.class, () -> loader.load(p.toString(), noStdin()));
        assertEquals(p + ": is 2 MiB, larger than the 1 MiB input limit; capture fewer resources (e.g. --max-items, one service) and retry",
                e.getMessage());
    }

    @Test
    void acceptsAFileExactlyAtTheLimit() throws IOException {
        byte[] bytes = new byte[(int) ONE_MIB];
        Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '[';
        bytes[bytes.length - 1] = ']';

        assertEquals(ONE_MIB, loader.load(write("limit.json", bytes).toString(), noStdin()).text().length());
    }

    @Test
    void refusesStdinOverTheLimitWithoutReadingAllOfIt() {
        // an endless stream: the loader must stop after the limit instead of buffering it all
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                if (served > 64 * ONE_MIB) throw new AssertionError("read far past the limit");
                return 'a';
            }
        };

        InputException e = assertThrows(InputException.class, () -> loader.load("-", endless));
        assertTrue(e.getMessage().startsWith("stdin: is larger than the 1 MiB input limit"), e.getMessage());
    }

    @Test
    void decodeIsUsableWithoutAFile() {
        RawInput raw = InputLoader.decode("paste", "x".getBytes(StandardCharsets.UTF_8));

        assertEquals("paste", raw.name());
        assertEquals("x", raw.text());
    }
}
