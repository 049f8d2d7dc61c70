package io.ecstriage.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.concurrent.BackgroundTask;
import io.ecstriage.concurrent.InOrder;
import io.ecstriage.json.JsonTrees;
import java.io.IOException;
import java.io.Reader;

/**
 * A large fixture read on two threads: this one reads up to a comma between two captures near the middle, the other
 * reads the captures after it as an array; the halves are joined into the tree one parser would build. The comma is
 * found by indentation, a guess: it is taken only if this thread's parser, which read everything before it, sees the
 * captures array close exactly there. Anything else (no such comma, malformed JSON, content after the fixture)
 * gives null, and the caller reads the input the ordinary way, with its ordinary errors.
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

    /** The fixture's tree, or null when the input is not one large fixture that splits cleanly. */
    JsonNode read(String text) {
        if (text.length() < fromChars) return null;
        int split = commaBetweenCaptures(text);
        if (split < 0) return null;
        BackgroundTask<Tail> tail = BackgroundTask.start("fixture-tail", () -> tail(text, split));
        try (JsonParser p = json.parser(new Spliced(text, split, tail))) {
            JsonNode root = head(p, split, tail);
            return root != null && p.nextToken() == null ? root : null;
        } catch (IOException | RuntimeException e) {
            return null; // the ordinary read reports it, or reads what this could not
        } finally {
            tail.cancel();
        }
    }

    /** The captures after `split`, and where in `text` the `]` closing them is. */
    private record Tail(ArrayNode captures, int closingBracket) {}

    private Tail tail(String text, int split) throws IOException {
        try (JsonParser p = json.parser(new Range(text, split, '['))) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException("not an array");
            ArrayNode captures = (ArrayNode) json.read(p);
            // the stream is '[' then text from split + 1: its offset k is text's split + k
            return new Tail(captures, split + (int) p.currentTokenLocation().getCharOffset());
        }
    }

    /** The root object, its captures before `split` joined by the tail's; null unless the array closed at `split`. */
    private JsonNode head(JsonParser p, int split, BackgroundTask<Tail> tail) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) return null;
        ObjectNode root = json.object();
        boolean joined = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (!joined && "captures".equals(name) && t == JsonToken.START_ARRAY) {
                ArrayNode captures = json.array();
                while (p.nextToken() != JsonToken.END_ARRAY) captures.add(json.read(p));
                if (p.currentTokenLocation().getCharOffset() != split) return null;
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
    static int commaBetweenCaptures(String text) {
        int key = text.indexOf("\"captures\"");
        int open = key < 0 ? -1 : text.indexOf('[', key);
        if (open < 0) return -1;
        int lineStart = text.lastIndexOf('\n', key) + 1;
        int next = open + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) next++;
        if (next >= text.length()) return -1;
        String indent;
        String between;
        if (text.charAt(next) == '{') {
            indent = text.substring(lineStart, skipIndent(text, lineStart));
            between = "\n" + indent + "}, {";
        } else {
            if (text.charAt(next) != '\n') return -1;
            int first = skipIndent(text, next + 1);
            if (first >= text.length() || text.charAt(first) != '{') return -1;
            indent = text.substring(next + 1, first);
            between = "\n" + indent + "},\n" + indent + "{";
        }
        int at = text.indexOf(between, Math.max(next, text.length() / 2));
        if (at < 0) at = text.indexOf(between, next);
        return at < 0 ? -1 : at + 1 + indent.length() + 1;
    }

    private static int skipIndent(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i;
    }

    /** `first`, then the text from `from + 1` to its end. */
    private static final class Range extends Reader {
        private final String text;
        private int at;
        private boolean firstGiven;
        private final char first;

        Range(String text, int from, char first) {
            this.text = text;
            this.at = from + 1;
            this.first = first;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (len == 0) return 0;
            if (!firstGiven) {
                firstGiven = true;
                buf[off] = first;
                return 1;
            }
            if (at >= text.length()) return -1;
            int n = Math.min(len, text.length() - at);
            text.getChars(at, at + n, buf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {}
    }

    /** The text up to `split`, then (once the tail is read) from the `]` that closes the captures on. */
    private static final class Spliced extends Reader {
        private final String text;
        private final int split;
        private final BackgroundTask<Tail> tail;
        private int at;
        private int end;
        private boolean resumed;

        Spliced(String text, int split, BackgroundTask<Tail> tail) {
            this.text = text;
            this.split = split;
            this.tail = tail;
            this.end = split;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (len == 0) return 0;
            if (at >= end && !resumed) {
                resumed = true;
                at = tail.join().closingBracket();
                end = text.length();
            }
            if (at >= end) return -1;
            int n = Math.min(len, end - at);
            text.getChars(at, at + n, buf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {}
    }
}
