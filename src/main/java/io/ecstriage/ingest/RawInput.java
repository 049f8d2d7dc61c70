package io.ecstriage.ingest;

import java.nio.charset.StandardCharsets;

/**
 * One input, with the name to show in messages (a path or "stdin"). A file or stdin keeps the bytes it was read as
 * (valid UTF-8, checked when loaded), and its text is decoded only when asked for: a large fixture is parsed from
 * the bytes and never needs it.
 */
public final class RawInput {
    private final String name;
    private final byte[] utf8;
    private final int start;
    /** True when every byte is ASCII: known when the bytes were loaded without decoding them. */
    private final boolean ascii;
    private String text;

    public RawInput(String name, String text) {
        this.name = name;
        this.text = text;
        this.utf8 = null;
        this.start = 0;
        this.ascii = false;
    }

    /**
     * `utf8` from `start` on (after a byte-order mark), already checked to be UTF-8; `text` its decoding if made, null
     * when every byte is ASCII (then no decoding is needed to read it).
     */
    RawInput(String name, byte[] utf8, int start, String text) {
        this.name = name;
        this.utf8 = utf8;
        this.start = start;
        this.text = text;
        this.ascii = text == null;
    }

    public String name() {
        return name;
    }

    public String text() {
        String t = text;
        if (t == null) {
            t = new String(utf8, start, utf8.length - start, StandardCharsets.UTF_8);
            text = t; // a String is immutable: a thread that sees null decodes it again, nothing worse
        }
        return t;
    }

    /** The input's UTF-8 bytes (from {@link #start()} on), or null when it was given as text. */
    byte[] utf8() {
        return utf8;
    }

    int start() {
        return start;
    }

    /** True when the input came as bytes that are all ASCII. */
    boolean ascii() {
        return ascii;
    }
}
