package io.ecstriage.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.concurrent.BackgroundTask;
import io.ecstriage.concurrent.InOrder;
import io.ecstriage.json.AsciiJson;
import io.ecstriage.json.JsonTrees;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

/**
 * A large fixture read on two threads: this one reads up to a comma between two captures near the middle, the other
 * reads the captures after it as an array; the halves are joined into the tree one parser would build. The comma is
 * found by indentation, a guess: it is taken only if this thread's parser, which read everything before it, sees the
 * captures array close exactly there. Anything else (no such comma, malformed JSON, content after the fixture)
 * gives null, and the caller reads the input the ordinary way, with its ordinary errors. An ASCII input's halves are
 * read by {@link AsciiJson}, its strings copied from the bytes; what that reader leaves is read by Jackson's parsers.
 */
final class SplitFixtureRead {
    /** Below this many characters one thread reads the input sooner than two start. */
    static final int SPLIT_FROM_CHARS = 4_000_000;

    private final JsonTrees json;
    private final int fromChars;

    SplitFixtureRead(JsonTrees json) {
        this(json, InOrder.threadsFor(Integer.MAX_VALUE) > 1 ? SPLIT_FROM_CHARS : Integer.MAX_VALUE);
    }

    /** Splits inputs of `fromChars` characters or more (tests split small ones). */
    SplitFixtureRead(JsonTrees json, int fromChars) {
        this.json = json;
        this.fromChars = fromChars;
    }

    /**
     * The fixture's tree from its UTF-8 bytes (from `start` on), or null when the input is not one large fixture that
     * splits cleanly. The split is found among ASCII bytes, which in UTF-8 are never part of another character.
     *
     * @param ascii true when every byte is known to be ASCII
     */
    JsonNode read(byte[] utf8, int start, boolean ascii) {
        if (utf8.length - start < fromChars) return null;
        int split = commaBetweenCaptures(utf8, start);
        if (split < 0) return null;
        JsonNode read = ascii ? readAscii(utf8, start, split) : null;
        return read != null ? read : readWithJackson(utf8, start, split);
    }

    /** As {@link #readWithJackson}, by {@link AsciiJson}; null also when that reader leaves something to Jackson. */
    private JsonNode readAscii(byte[] utf8, int start, int split) {
        BackgroundTask<Tail> tail = BackgroundTask.start("fixture-tail", () -> asciiTail(utf8, split));
        try {
            AsciiJson in = new AsciiJson(utf8, start, utf8.length);
            in.expect('{');
            ObjectNode root = json.object();
            boolean joined = false;
            if (in.peek() == '}') return null;
            while (true) {
                String name = in.name();
                if (!joined && "captures".equals(name) && in.peek() == '[') {
                    in.expect('[');
                    ArrayNode captures = json.array();
                    while (true) {
                        captures.add(in.value());
                        in.peek(); // past the white space: the split is the comma after a capture
                        if (in.position() == split) break;
                        if (in.position() > split) return null;
                        in.expect(',');
                    }
                    Tail t = tail.join();
                    captures.addAll(t.captures());
                    root.set(name, captures);
                    in.moveTo(t.closingBracket() + 1);
                    joined = true;
                } else {
                    root.set(name, in.value()); // a repeated name keeps its last value, as the ordinary read does
                }
                int next = in.next();
                if (next == '}') break;
                if (next != ',') return null;
            }
            return joined && in.peek() == -1 ? root : null;
        } catch (RuntimeException e) {
            return null; // AsciiJson.UNREAD, or the tail's: Jackson's parsers read it
        } finally {
            tail.cancel();
        }
    }

    /** The captures after `split` (the comma before the first), read by {@link AsciiJson}, up to their `]`. */
    private Tail asciiTail(byte[] utf8, int split) {
        AsciiJson in = new AsciiJson(utf8, split + 1, utf8.length);
        ArrayNode captures = json.array();
        while (true) {
            captures.add(in.value());
            int next = in.next();
            if (next == ']') return new Tail(captures, in.position() - 1);
            if (next != ',') throw AsciiJson.UNREAD;
        }
    }

    private JsonNode readWithJackson(byte[] utf8, int start, int split) {
        BackgroundTask<Tail> tail = BackgroundTask.start("fixture-tail", () -> tail(utf8, split));
        // the bytes up to the split, then, asked for only when those are read, the bytes from the `]` that closes the
        // captures on (the tail's read finds it)
        Enumeration<InputStream> halves = new Enumeration<>() {
            private int given;

            @Override
            public boolean hasMoreElements() {
                return given < 2;
            }

            @Override
            public InputStream nextElement() {
                if (given++ == 0) return new ByteArrayInputStream(utf8, start, split - start);
                int closing = tail.join().closingBracket();
                return new ByteArrayInputStream(utf8, closing, utf8.length - closing);
            }
        };
        InputStream spliced = new SequenceInputStream(halves);
        try (JsonParser p = json.parser(spliced)) {
            JsonNode root = head(p, start, split, tail);
            return root != null && p.nextToken() == null ? root : null;
        } catch (IOException | RuntimeException e) {
            return null; // the ordinary read reports it, or reads what this could not
        } finally {
            tail.cancel();
        }
    }

    /** The captures after `split`, and where in the bytes the `]` closing them is. */
    private record Tail(ArrayNode captures, int closingBracket) {}

    private Tail tail(byte[] utf8, int split) throws IOException {
        InputStream array = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'['}),
                new ByteArrayInputStream(utf8, split + 1, utf8.length - split - 1));
        try (JsonParser p = json.parser(array)) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException("not an array");
            ArrayNode captures = (ArrayNode) json.read(p);
            // the stream is '[' then the bytes from split + 1: its offset k is split + k
            return new Tail(captures, split + (int) p.currentTokenLocation().getByteOffset());
        }
    }

    /** The root object, its captures before `split` joined by the tail's; null unless the array closed at `split`. */
    private JsonNode head(JsonParser p, int start, int split, BackgroundTask<Tail> tail) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) return null;
        ObjectNode root = json.object();
        boolean joined = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (!joined && "captures".equals(name) && t == JsonToken.START_ARRAY) {
                ArrayNode captures = json.array();
                while (p.nextToken() != JsonToken.END_ARRAY) captures.add(json.read(p));
                if (start + p.currentTokenLocation().getByteOffset() != split) return null;
                captures.addAll(tail.join().captures());
                root.set(name, captures);
                joined = true;
            } else {
                root.set(name, json.read(p)); // a repeated name keeps its last value, as the ordinary read does
            }
        }
        return joined && p.currentToken() == JsonToken.END_OBJECT ? root : null;
    }

    /**
     * The comma between two captures of an indented fixture nearest after the middle, found by the lines around it: a
     * newline is never inside a JSON string, so they are structure. Two layouts: `snapshot`'s (Jackson's: a line
     * `}, {` indented as the `"captures"` line) and the common one (a line `},` then a line `{`, indented as the first
     * capture). -1 when neither fits (compact JSON: one thread reads it).
     */
    static int commaBetweenCaptures(byte[] text, int start) {
        int key = indexOf(text, bytes("\"captures\""), start);
        int open = key < 0 ? -1 : indexOf(text, (byte) '[', key);
        if (open < 0) return -1;
        int lineStart = Math.max(start, lastIndexOf(text, (byte) '\n', key) + 1);
        int next = skipIndent(text, open + 1);
        if (next >= text.length) return -1;
        String indent;
        String between;
        if (text[next] == '{') {
            indent = ascii(text, lineStart, skipIndent(text, lineStart));
            between = "\n" + indent + "}, {";
        } else {
            if (text[next] != '\n') return -1;
            int first = skipIndent(text, next + 1);
            if (first >= text.length || text[first] != '{') return -1;
            indent = ascii(text, next + 1, first);
            between = "\n" + indent + "},\n" + indent + "{";
        }
        int at = indexOf(text, bytes(between), Math.max(next, start + (text.length - start) / 2));
        if (at < 0) at = indexOf(text, bytes(between), next);
        return at < 0 ? -1 : at + 1 + indent.length() + 1;
    }

    /** Spaces and tabs: ASCII. */
    private static String ascii(byte[] text, int from, int to) {
        return new String(text, from, to - from, StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] text, byte b, int from) {
        for (int i = from; i < text.length; i++) if (text[i] == b) return i;
        return -1;
    }

    private static int lastIndexOf(byte[] text, byte b, int from) {
        for (int i = Math.min(from, text.length - 1); i >= 0; i--) if (text[i] == b) return i;
        return -1;
    }

    private static int indexOf(byte[] text, byte[] word, int from) {
        outer:
        for (int i = Math.max(0, from); i <= text.length - word.length; i++) {
            if (text[i] != word[0]) continue;
            for (int k = 1; k < word.length; k++) if (text[i + k] != word[k]) continue outer;
            return i;
        }
        return -1;
    }

    private static int skipIndent(byte[] text, int from) {
        int i = from;
        while (i < text.length && (text[i] == ' ' || text[i] == '\t')) i++;
        return i;
    }
}
