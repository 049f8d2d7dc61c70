package io.ecstriage.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads JSON held in ASCII bytes into the trees {@link JsonTrees#read} builds, a large fixture's strings made straight
 * from its bytes. Jackson decodes each string into characters and the String packs them back into bytes, one character
 * at a time: a 55 MB fixture of log messages took 184 ms to read into a tree with Jackson, 120 ms with this. Only what this reads exactly as Jackson would is read: anything
 * else (a byte outside ASCII, malformed or unusual JSON, very deep nesting, a number Jackson would make a BigInteger,
 * a very long string or name) stops the read with {@link #UNREAD}, and the caller reads the input with Jackson, which
 * gives its ordinary trees or errors. One reader per thread: it keeps the field names it has made.
 */
public final class AsciiJson {
    /** Thrown to stop a read this reader does not do exactly as Jackson would; carries no stack trace. */
    public static final class Unread extends RuntimeException {
        private Unread() {
            super(null, null, false, false);
        }
    }

    public static final Unread UNREAD = new Unread();

    /** Far inside Jackson's own limits (nesting 1000, names 50,000 bytes, strings 20,000,000, numbers 1000 digits). */
    private static final int MAX_DEPTH = 200;
    private static final int MAX_NAME = 1_000;
    private static final int MAX_STRING = 1_000_000;
    private static final int MAX_NUMBER = 100;

    /** By byte: true where a string's plain run ends (a quote, a backslash, a control character or a byte above ASCII). */
    private static final boolean[] STRING_STOP = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) STRING_STOP[b] = b < 0x20 || b == '"' || b == '\\' || b >= 0x80;
    }

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final byte[] in;
    private final int end;
    private int at;
    /** Field names made so far, by a hash of their bytes (open addressing): one String per distinct name. */
    private String[] names = new String[1024];
    /** Each name's bytes, in its slot: compared as arrays, not character by character. */
    private byte[][] nameBytes = new byte[1024][];
    private int nameCount;

    /** A reader of `in` from `from` up to (not including) `end`. */
    public AsciiJson(byte[] in, int from, int end) {
        this.in = in;
        this.at = from;
        this.end = end;
    }

    /** Where the reader is: the index of the next byte it would read. */
    public int position() {
        return at;
    }

    /** Moves the reader to `position`. */
    public void moveTo(int position) {
        at = position;
    }

    /** Skips JSON white space; returns the next byte, or -1 at the end. */
    public int peek() {
        skipWhitespace();
        return at < end ? in[at] : -1;
    }

    /** Reads the next byte after any white space and returns it; -1 at the end. */
    public int next() {
        int c = peek();
        at++;
        return c;
    }

    /** Reads the byte `b` after any white space, or stops the read. */
    public void expect(char b) {
        if (next() != b) throw UNREAD;
    }

    /** The value from here (after any white space). */
    public JsonNode value() {
        return value(0);
    }

    /** A field name and its colon, from here (after any white space). */
    public String name() {
        expect('"');
        String name = nameFrom(at);
        expect(':');
        return name;
    }

    private JsonNode value(int depth) {
        int c = peek();
        switch (c) {
            case '{':
                at++;
                return object(depth + 1);
            case '[':
                at++;
                return array(depth + 1);
            case '"':
                at++;
                return nodes.textNode(string());
            case 't':
                literal("true");
                return nodes.booleanNode(true);
            case 'f':
                literal("false");
                return nodes.booleanNode(false);
            case 'n':
                literal("null");
                return nodes.nullNode();
            default:
                if (c == '-' || c >= '0' && c <= '9') return number();
                throw UNREAD;
        }
    }

    private ObjectNode object(int depth) {
        if (depth > MAX_DEPTH) throw UNREAD;
        ObjectNode o = nodes.objectNode();
        if (peek() == '}') {
            at++;
            return o;
        }
        while (true) {
            String name = name();
            o.set(name, value(depth)); // a repeated name keeps its last value, as Jackson's tree does
            int c = next();
            if (c == '}') return o;
            if (c != ',') throw UNREAD;
        }
    }

    private ArrayNode array(int depth) {
        if (depth > MAX_DEPTH) throw UNREAD;
        ArrayNode a = nodes.arrayNode();
        if (peek() == ']') {
            at++;
            return a;
        }
        while (true) {
            a.add(value(depth));
            int c = next();
            if (c == ']') return a;
            if (c != ',') throw UNREAD;
        }
    }

    /** The string from `at` (after its opening quote); the reader stops after its closing quote. */
    private String string() {
        int start = at;
        int i = plainRun(start);
        if (in[i] == '"') {
            at = i + 1;
            return new String(in, start, i - start, StandardCharsets.ISO_8859_1); // ASCII: a copy of the bytes
        }
        StringBuilder s = new StringBuilder(i - start + 16);
        s.append(new String(in, start, i - start, StandardCharsets.ISO_8859_1));
        while (in[i] == '\\') {
            i = escape(i + 1, s);
            int from = i;
            i = plainRun(from);
            s.append(new String(in, from, i - from, StandardCharsets.ISO_8859_1));
            if (s.length() > MAX_STRING) throw UNREAD;
        }
        if (in[i] != '"') throw UNREAD;
        at = i + 1;
        return s.toString();
    }

    /** The end of the run of plain string bytes from `from`: the index of the byte that stops it (never past the end). */
    private int plainRun(int from) {
        boolean[] stop = STRING_STOP;
        byte[] b = in;
        int limit = Math.min(end, from + MAX_STRING);
        int i = from;
        while (i < limit && !stop[b[i] & 0xff]) i++;
        if (i >= limit) throw UNREAD; // no closing quote before the end, or a string longer than this reads
        return i;
    }

    /** The escape after a backslash at `from`, appended to `s`; returns the index after it. Only JSON's own escapes. */
    private int escape(int from, StringBuilder s) {
        if (from >= end) throw UNREAD;
        switch (in[from]) {
            case '"' -> s.append('"');
            case '\\' -> s.append('\\');
            case '/' -> s.append('/');
            case 'b' -> s.append('\b');
            case 'f' -> s.append('\f');
            case 'n' -> s.append('\n');
            case 'r' -> s.append('\r');
            case 't' -> s.append('\t');
            case 'u' -> {
                if (from + 4 >= end) throw UNREAD;
                int v = 0;
                for (int k = 1; k <= 4; k++) v = v << 4 | hex(in[from + k]);
                s.append((char) v); // as Jackson: one char per escape, a lone surrogate kept
                return from + 5;
            }
            default -> throw UNREAD;
        }
        return from + 1;
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') return b - '0';
        if (b >= 'a' && b <= 'f') return b - 'a' + 10;
        if (b >= 'A' && b <= 'F') return b - 'A' + 10;
        throw UNREAD;
    }

    /** A field name from `from` (after its opening quote), made once per read. */
    private String nameFrom(int from) {
        int i = from;
        int h = 0;
        int limit = Math.min(end, from + MAX_NAME);
        byte[] b = in;
        while (i < limit) {
            byte c = b[i];
            if (STRING_STOP[c & 0xff]) break;
            h = 31 * h + c;
            i++;
        }
        if (i >= limit) throw UNREAD;
        if (b[i] != '"') throw UNREAD; // an escaped name: Jackson checks its surrogates, which a value's it does not
        at = i + 1;
        int length = i - from;
        int mask = names.length - 1;
        for (int slot = (h ^ h >>> 16) & mask; ; slot = (slot + 1) & mask) {
            String known = names[slot];
            if (known == null) break;
            byte[] bytes = nameBytes[slot];
            if (bytes.length == length && known.hashCode() == h && Arrays.equals(bytes, 0, length, b, from, i)) return known;
        }
        // interned, as Jackson's names are: the readers look fields up by constants, found by identity then
        String name = new String(b, from, length, StandardCharsets.ISO_8859_1).intern();
        keep(name, Arrays.copyOfRange(b, from, i));
        return name;
    }

    private void keep(String name, byte[] bytes) {
        if (2 * (nameCount + 1) > names.length) {
            String[] oldNames = names;
            byte[][] oldBytes = nameBytes;
            names = new String[oldNames.length * 2];
            nameBytes = new byte[names.length][];
            nameCount = 0;
            for (int k = 0; k < oldNames.length; k++) if (oldNames[k] != null) keep(oldNames[k], oldBytes[k]);
        }
        int mask = names.length - 1;
        int h = name.hashCode();
        int slot = (h ^ h >>> 16) & mask;
        while (names[slot] != null) slot = (slot + 1) & mask;
        names[slot] = name;
        nameBytes[slot] = bytes;
        nameCount++;
    }

    private void literal(String word) {
        if (at + word.length() > end) throw UNREAD;
        for (int k = 0; k < word.length(); k++) if (in[at + k] != word.charAt(k)) throw UNREAD;
        at += word.length(); // "truex": the x is where no value may follow, and the read stops there
    }

    /**
     * A number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?. An integer of up to 18 digits is an int
     * where it fits one, else a long (Jackson's types); a fraction or exponent is a double, parsed from its text as
     * Jackson parses it. Longer integers, and anything else, are left to Jackson. What follows the number ("01", "1x",
     * "1.2.3") is read as the next token, where no value may follow one, and stops the read.
     */
    private JsonNode number() {
        int start = at;
        int i = at;
        boolean negative = in[i] == '-';
        if (negative) i++;
        int digitsFrom = i;
        long v = 0; // the integer's value, read with its digits (past 18 digits it is not used)
        if (i < end && in[i] == '0') {
            i++;
        } else {
            while (i < end && in[i] >= '0' && in[i] <= '9') v = v * 10 + (in[i++] - '0');
        }
        int digits = i - digitsFrom;
        if (digits == 0) throw UNREAD;
        boolean fraction = false;
        if (i < end && in[i] == '.') {
            fraction = true;
            int f = ++i;
            while (i < end && in[i] >= '0' && in[i] <= '9') i++;
            if (i == f) throw UNREAD;
        }
        if (i < end && (in[i] == 'e' || in[i] == 'E')) {
            fraction = true;
            i++;
            if (i < end && (in[i] == '+' || in[i] == '-')) i++;
            int e = i;
            while (i < end && in[i] >= '0' && in[i] <= '9') i++;
            if (i == e) throw UNREAD;
        }
        if (i - start > MAX_NUMBER) throw UNREAD;
        at = i;
        if (fraction) return nodes.numberNode(Double.parseDouble(new String(in, start, i - start, StandardCharsets.ISO_8859_1)));
        if (digits > 18) throw UNREAD;
        if (negative) v = -v;
        return v == (int) v ? nodes.numberNode((int) v) : nodes.numberNode(v);
    }

    private void skipWhitespace() {
        byte[] b = in;
        int i = at;
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') break;
            i++;
        }
        at = i;
    }
}
