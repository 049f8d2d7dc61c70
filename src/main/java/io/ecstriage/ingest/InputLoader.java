package io.ecstriage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads an input file or stdin, refusing what is too large, empty or binary before anything parses it. */
public final class InputLoader {
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public InputLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public RawInput load(String path, InputStream stdin) {
        if ("-".equals(path)) return decode("stdin", readCapped("stdin", stdin, maxBytes));
        Path p = Path.of(path);
        try {
            if (Files.isDirectory(p)) throw new InputException(path + ": is a directory, expected a file");
            long size = Files.size(p);
            if (size > maxBytes) throw tooLarge(path, size);
            if (HalvesFileRead.worthIt(size) && Files.isRegularFile(p)) {
                HalvesFileRead.Read read = HalvesFileRead.read(p, (int) size);
                if (read != null) return decode(path, read.bytes(), read.ascii());
            }
            try (InputStream in = Files.newInputStream(p)) {
                return decode(path, size > 0 ? readSized(path, in, (int) size) : readCapped(path, in, maxBytes));
            }
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file");
        } catch (IOException e) {
            throw new InputException(path + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * A file of a known size into one array of that size: reading into growing buffers and joining them copied a
     * 50 MB input twice. A file that changes meanwhile is read to its end all the same, within the limit.
     */
    private byte[] readSized(String name, InputStream in, int size) throws IOException {
        byte[] bytes = new byte[size];
        int n = in.readNBytes(bytes, 0, size);
        if (n < size) return Arrays.copyOf(bytes, n);
        byte[] more = readCapped(name, in, maxBytes - size);
        if (more.length == 0) return bytes;
        byte[] all = Arrays.copyOf(bytes, size + more.length);
        System.arraycopy(more, 0, all, size, more.length);
        return all;
    }

    /** At most `limit` bytes of `in`; more is refused as too large. */
    private byte[] readCapped(String name, InputStream in, long limit) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) throw tooLarge(name, -1);
            return bytes;
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private InputException tooLarge(String name, long size) {
        String actual = size >= 0 ? " is " + size / (1024 * 1024) + " MiB," : " is";
        return new InputException(name + ":" + actual + " larger than the " + maxBytes / (1024 * 1024)
                + " MiB input limit; capture fewer resources (e.g. --max-items, one service) and retry");
    }

    static RawInput decode(String name, byte[] bytes) {
        return decode(name, bytes, false);
    }

    /** @param ascii true when all the bytes are known to be ASCII already (else they are tested) */
    private static RawInput decode(String name, byte[] bytes, boolean ascii) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int probe = Math.min(bytes.length, start + 8192);
        for (int i = start; i < probe; i++) {
            if (bytes[i] == 0) throw new InputException(name + ": looks like binary data (NUL byte at offset " + i + "), expected JSON or text");
        }
        // ASCII is UTF-8, and its text is left undecoded until asked for (a large fixture is parsed from the bytes);
        // otherwise the String constructor, the JDK's fast decoder, replaces bad bytes with U+FFFD: only a text
        // holding one can be malformed, and only that text goes through the strict decoder to find out
        String text = null;
        if (!ascii && !Ascii.all(bytes, start)) {
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                try {
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
                } catch (CharacterCodingException e) {
                    throw new InputException(name + ": is not UTF-8 text (binary data?), expected JSON or text");
                }
            }
        }
        RawInput input = new RawInput(name, bytes, start, text);
        CharSequence chars = text != null ? text : Ascii.chars(bytes, start);
        if (blank(chars)) throw new InputException(name + ": empty input, expected aws CLI JSON output, a fixture or error text");
        int control = 0;
        for (int i = 0; i < Math.min(chars.length(), 8192); i++) {
            char c = chars.charAt(i);
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != 27) control++;
        }
        if (control > 16) throw new InputException(name + ": looks like binary data (control characters), expected JSON or text");
        return input;
    }

    private static boolean blank(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) if (!Character.isWhitespace(chars.charAt(i))) return false;
        return true;
    }
}
