package io.ecstriage.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes JSON trees with jackson-core's streaming parser and generator, giving the same trees and
 * the same text as ObjectMapper's readTree and indented writeValueAsString. The diagnosis needs nothing else
 * from jackson-databind, and setting up an ObjectMapper (its serializer and deserializer machinery, date
 * formats, regular expressions) costs a tenth of a cold start.
 */
public final class JsonTrees {
    private final JsonFactory factory = new JsonFactory();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public JsonParser parser(String text) throws IOException {
        return factory.createParser(text);
    }

    /** A parser of UTF-8 bytes: a large input read from a file is parsed without being decoded into a String first. */
    public JsonParser parser(InputStream utf8) throws IOException {
        return factory.createParser(utf8);
    }

    /** The value at the parser's current token (or its next one); null at the end of the input. */
    public JsonNode read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken() != null ? p.currentToken() : p.nextToken();
        if (t == null) return null;
        return switch (t) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, read(p)); // a repeated name keeps its last value, as readTree does
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(read(p));
                yield a;
            }
            case VALUE_STRING -> nodes.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> nodes.numberNode(p.getIntValue());
                case LONG -> nodes.numberNode(p.getLongValue());
                default -> nodes.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new IOException("unexpected " + t + " at " + p.currentLocation());
        };
    }

    /** The first JSON value of `text`; null when there is none. */
    public JsonNode read(String text) throws IOException {
        try (JsonParser p = parser(text)) {
            return read(p);
        }
    }

    public ObjectNode object() {
        return nodes.objectNode();
    }

    public ArrayNode array() {
        return nodes.arrayNode();
    }

    /** Indented the way ObjectMapper's INDENT_OUTPUT indents. */
    public String pretty(JsonNode node) {
        return write(node, true);
    }

    /** As {@link #pretty(JsonNode)}, written straight to `out` (left open): a large report is not held twice as text. */
    public void pretty(JsonNode node, Writer out) {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            write(node, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Something written with a generator, which may fail as a writer does. */
    @FunctionalInterface
    public interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    /**
     * What `writing` writes, indented as {@link #pretty(JsonNode, Writer)} indents a tree, straight to `out` (left
     * open): a large report is written without first being built as a tree.
     */
    public void pretty(Writing writing, Writer out) {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            writing.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What each of `writings` writes, indented as {@link #pretty(Writing, Writer)} would indent it `nesting` objects
     * deep, one piece each: parts of a large document made on another thread, then put in place with
     * {@link JsonGenerator#writeRawValue(char[], int, int)}. Characters, not Strings: a String would be compacted here
     * and widened again there, character by character.
     */
    public List<Pieces.Piece> prettyAt(int nesting, List<Writing> writings) {
        Pieces out = new Pieces();
        for (Writing writing : writings) {
            try (JsonGenerator g = factory.createGenerator(out)) {
                g.setPrettyPrinter(new NestedPrettyPrinter(nesting));
                writing.to(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // Pieces does not fail
            }
            out.endPiece();
        }
        return out.pieces();
    }

    /** What `writing` writes, one value, indented as {@link #prettyAt} indents it `nesting` objects deep. */
    public char[] prettyValueAt(int nesting, Writing writing) {
        java.io.CharArrayWriter out = new java.io.CharArrayWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(new NestedPrettyPrinter(nesting));
            writing.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a CharArrayWriter does not fail
        }
        return out.toCharArray();
    }

    /** Jackson's default pretty printer, starting `nesting` objects deep. */
    private static final class NestedPrettyPrinter extends DefaultPrettyPrinter {
        NestedPrettyPrinter(int nesting) {
            _nesting = nesting;
        }
    }

    public String compact(JsonNode node) {
        return write(node, false);
    }

    /** Plain Java values (maps, lists, strings, numbers, booleans, nulls, trees) as compact JSON: the inverse of {@link #toJava}. */
    public String compactJava(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            writeJava(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void writeJava(Object value, JsonGenerator g) throws IOException {
        if (value == null) g.writeNull();
        else if (value instanceof JsonNode n) write(n, g);
        else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeJava(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object o : list) writeJava(o, g);
            g.writeEndArray();
        } else if (value instanceof String s) g.writeString(s);
        else if (value instanceof Boolean b) g.writeBoolean(b);
        else if (value instanceof Integer || value instanceof Long || value instanceof Short) g.writeNumber(((Number) value).longValue());
        else if (value instanceof java.math.BigDecimal d) g.writeNumber(d);
        else if (value instanceof Number n) g.writeNumber(n.doubleValue());
        else throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    private String write(JsonNode node, boolean indent) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            if (indent) g.useDefaultPrettyPrinter();
            write(node, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    g.writeFieldName(field.getKey());
                    write(field.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node) write(element, g);
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> g.writeNumber(node.intValue());
                    case LONG -> g.writeNumber(node.longValue());
                    case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
                    case FLOAT -> g.writeNumber(node.floatValue());
                    case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
                    default -> g.writeNumber(node.doubleValue());
                }
            }
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL, MISSING -> g.writeNull();
            default -> g.writeString(node.asText()); // binary and POJO nodes do not occur in fixtures
        }
    }

    /** The tree as plain Java values: maps, lists, strings, numbers, booleans and nulls. */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> m.put(f.getKey(), toJava(f.getValue())));
            return m;
        }
        if (node.isArray()) {
            List<Object> l = new ArrayList<>();
            node.forEach(e -> l.add(toJava(e)));
            return l;
        }
        if (node.isNumber()) return node.numberValue();
        if (node.isBoolean()) return node.booleanValue();
        return node.asText();
    }
}
