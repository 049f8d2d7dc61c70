package io.ecstriage.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;

/**
 * A strict JSON reader (RFC 8259) into Jackson's trees, for the small documents a live run reads before it can
 * diagnose: AWS's answers, the wire models, IAM policy documents. Jackson's parser class initialises
 * java.math.BigDecimal, whose static initialiser on Java 24 and later computes 5^65536 (JDK-8341470): about 15 ms of
 * CPU in every run, interpreted (docs/benchmarks.md). The trees are those {@link JsonTrees#read(String)} gives, or,
 * with `numbersAsText`, each number a text node of its digits as written.
 */
public final class SmallJson {
    /** Jackson's default limit (StreamReadConstraints): deeper input is refused, not a stack overflow. */
    static final int MAX_DEPTH = 1000;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final String s;
    private final boolean numbersAsText;
    private int i;

    private SmallJson(String s, boolean numbersAsText) {
        this.s = s;
        this.numbersAsText = numbersAsText;
    }

    /** The one JSON value of `text` (numbers as {@link JsonTrees#read(String)} makes them); null when it is blank. */
    public static JsonNode read(String text) throws IOException {
        return read(text, false);
    }

    /** As {@link #read(String)}; with `numbersAsText` every number is a text node of its exact digits. */
    public static JsonNode read(String text, boolean numbersAsText) throws IOException {
        SmallJson p = new SmallJson(text, numbersAsText);
        p.skipSpace();
        if (p.i == text.length()) return null;
        JsonNode value = p.value(0);
        p.skipSpace();
        if (p.i < text.length()) throw p.error("content after the value");
        return value;
    }

    private JsonNode value(int depth) throws IOException {
        if (depth > MAX_DEPTH) throw error("nested deeper than " + MAX_DEPTH);
        char c = peek();
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return F.textNode(string());
            case 't':
                literal("true");
                return F.booleanNode(true);
            case 'f':
                literal("false");
                return F.booleanNode(false);
            case 'n':
                literal("null");
                return F.nullNode();
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number();
                throw error("unexpected character");
        }
    }

    private ObjectNode object(int depth) throws IOException {
        i++;
        ObjectNode o = F.objectNode();
        skipSpace();
        if (peek() == '}') {
            i++;
            return o;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') throw error("a member name expected");
            String name = string();
            skipSpace();
            if (next() != ':') throw error("':' expected");
            skipSpace();
            o.set(name, value(depth + 1)); // a repeated name keeps its last value, as readTree does
            skipSpace();
            char c = next();
            if (c == '}') return o;
            if (c != ',') throw error("',' or '}' expected");
        }
    }

    private ArrayNode array(int depth) throws IOException {
        i++;
        ArrayNode a = F.arrayNode();
        skipSpace();
        if (peek() == ']') {
            i++;
            return a;
        }
        while (true) {
            skipSpace();
            a.add(value(depth + 1));
            skipSpace();
            char c = next();
            if (c == ']') return a;
            if (c != ',') throw error("',' or ']' expected");
        }
    }

    private String string() throws IOException {
        int start = ++i;
        while (i < s.length()) { // most strings have no escape: one substring
            char c = s.charAt(i);
            if (c == '"') return s.substring(start, i++);
            if (c == '\\' || c < 0x20) break;
            i++;
        }
        StringBuilder b = new StringBuilder().append(s, start, i);
        while (true) {
            char c = next();
            if (c == '"') return b.toString();
            if (c < 0x20) throw error("a control character in a string");
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(next(), 16);
                        if (d < 0) throw error("a \\u escape needs four hex digits");
                        code = code * 16 + d;
                    }
                    b.append((char) code);
                }
                default -> throw error("an unknown escape");
            }
        }
    }

    private JsonNode number() throws IOException {
        int start = i;
        if (s.charAt(i) == '-') i++;
        if (i < s.length() && s.charAt(i) == '0') i++;
        else if (digits() == 0) throw error("a digit expected");
        boolean integral = true;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            if (digits() == 0) throw error("a digit expected after '.'");
            integral = false;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            if (digits() == 0) throw error("a digit expected in the exponent");
            integral = false;
        }
        String t = s.substring(start, i);
        if (numbersAsText) return F.textNode(t);
        if (!integral) return F.numberNode(Double.parseDouble(t));
        if (t.length() <= 18) { // fits a long: an int where it fits one, as Jackson's number types go
            long v = Long.parseLong(t);
            return v == (int) v ? F.numberNode((int) v) : F.numberNode(v);
        }
        BigInteger v = new BigInteger(t);
        return v.bitLength() < 64 ? F.numberNode(v.longValue()) : F.numberNode(v);
    }

    private int digits() {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i - start;
    }

    private void literal(String word) throws IOException {
        if (!s.startsWith(word, i)) throw error("unexpected character");
        i += word.length();
    }

    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            i++;
        }
    }

    private char peek() throws IOException {
        if (i >= s.length()) throw error("unexpected end of input");
        return s.charAt(i);
    }

    private char next() throws IOException {
        char c = peek();
        i++;
        return c;
    }

    private IOException error(String what) {
        return new IOException("not JSON: " + what + " at offset " + i);
    }
}
