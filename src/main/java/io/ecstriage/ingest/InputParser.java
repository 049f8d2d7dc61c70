package io.ecstriage.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.json.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits an input into captures. Three kinds are recognised: a fixture file, raw `aws … --output json`
 * documents (one, several concatenated, or an array of them), and plain text, possibly with JSON
 * documents pasted between lines of text.
 */
public final class InputParser {
    public static final int FIXTURE_VERSION = 1;

    private final JsonTrees json;
    private final Predicate<JsonNode> knownOutput;

    public InputParser(JsonTrees json) {
        this(json, new SnapshotBuilder(json)::recognises);
    }

    /** @param knownOutput tells an `aws` output from a plain record, to split arrays of outputs only */
    public InputParser(JsonTrees json, Predicate<JsonNode> knownOutput) {
        this.json = json;
        this.knownOutput = knownOutput;
    }

    public ParsedInput parse(RawInput input) {
        if (input.utf8() != null && looksLikeJson(Ascii.chars(input.utf8(), input.start()))) {
            // a large fixture from its bytes: its text is never decoded
            JsonNode large = new SplitFixtureRead(json).read(input.utf8(), input.start(), input.ascii());
            if (large != null && large.has("ecsTriageFixture")) return fixture(input.name(), large);
        }
        String text = input.text();
        if (looksLikeJson(text)) {
            List<JsonNode> docs = new ArrayList<>();
            List<Long> ends = new ArrayList<>();
            InputException malformed = readJsonStream(input.name(), text, docs, ends);
            boolean fixtures = !docs.isEmpty() && docs.get(0).has("ecsTriageFixture");
            if (malformed != null) {
                if (docs.isEmpty()) throw malformed;
                // a fixture is a whole file: what follows it is not evidence to guess at, and dropping it would be silent
                if (fixtures) throw trailing(input.name(), text, ends.get(ends.size() - 1), "after the fixture");
                // JSON followed by prose is a paste of output and text, not broken JSON
                return new ParsedInput(input.name(), "text", null, null, null, new MixedTextSplitter(json).split(input.name(), text));
            }
            if (fixtures || docs.stream().anyMatch(d -> d.has("ecsTriageFixture"))) return fixtures(input.name(), text, docs, ends);
            List<Capture> captures = new ArrayList<>();
            int n = 0;
            for (JsonNode doc : docs) {
                if (doc.isArray() && !looksLikeSingleOutput(doc)) {
                    for (JsonNode element : doc) captures.add(new Capture(input.name() + " #" + ++n, null, null, element, null));
                } else {
                    captures.add(new Capture(input.name() + " #" + ++n, null, null, doc, null));
                }
            }
            return new ParsedInput(input.name(), "aws-json", null, null, null, captures);
        }
        return new ParsedInput(input.name(), "text", null, null, null, new MixedTextSplitter(json).split(input.name(), text));
    }

    /**
     * A JSON document starts (after white space) with `{"`, `{}` or `[` and a JSON value; "[ERROR] …" or "{name}" is
     * text. Read by index: a copy of a 50 MB input to trim it cost more than the rest of the check.
     */
    static boolean looksLikeJson(CharSequence text) {
        int at = skipWhitespace(text, 0);
        if (at == text.length()) return false;
        char first = text.charAt(at);
        int next = skipWhitespace(text, at + 1);
        boolean end = next == text.length();
        if (first == '{') return end || text.charAt(next) == '"' || text.charAt(next) == '}';
        if (first != '[') return false;
        return end || "{[\"-0123456789]".indexOf(text.charAt(next)) >= 0 || startsWith(text, "true", next)
                || startsWith(text, "false", next) || startsWith(text, "null", next);
    }

    private static boolean startsWith(CharSequence text, String word, int at) {
        if (at + word.length() > text.length()) return false;
        for (int i = 0; i < word.length(); i++) if (text.charAt(at + i) != word.charAt(i)) return false;
        return true;
    }

    private static int skipWhitespace(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private boolean looksLikeSingleOutput(JsonNode array) {
        // `--query` outputs such as a list of events are arrays of records, not of outputs
        if (array.isEmpty()) return true;
        for (JsonNode e : array) if (!e.isObject() || !knownOutput.test(e)) return true;
        return false;
    }

    /** Reads every document into `docs`; returns the error when the stream is malformed, else null. */
    private InputException readJsonStream(String name, String text, List<JsonNode> docs, List<Long> ends) {
        try (JsonParser parser = json.parser(text)) {
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null) break;
                docs.add(json.read(parser));
                ends.add(parser.currentLocation().getCharOffset());
            }
        } catch (JsonProcessingException e) {
            return new InputException(name + ":" + position(e.getLocation()) + " malformed JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            return new InputException(name + ": cannot read JSON (" + e.getMessage() + ")");
        }
        return null;
    }

    static String position(JsonLocation loc) {
        return loc == null ? "" : loc.getLineNr() + ":" + loc.getColumnNr() + ":";
    }

    static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        String line = (nl >= 0 ? message.substring(0, nl) : message).replaceAll("\\s*\\(?\\[Source:.*$", "").strip();
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    /**
     * One fixture, or several concatenated (`cat a.json b.json`): all are read, each capture keeping its
     * fixture's Region. A document that is not a fixture among them is refused at its offset.
     */
    private ParsedInput fixtures(String name, String text, List<JsonNode> docs, List<Long> ends) {
        if (docs.size() == 1) return fixture(name, docs.get(0));
        List<Capture> all = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            JsonNode doc = docs.get(i);
            if (!doc.has("ecsTriageFixture")) {
                long start = i == 0 ? 0 : ends.get(i - 1);
                throw trailing(name, text, start, i == 0 ? "before the fixture" : "after fixture " + i + " (only fixtures can follow a fixture)");
            }
            ParsedInput one = fixture(name + " fixture " + (i + 1), doc);
            for (Capture c : one.captures()) {
                all.add(new Capture(c.source(), c.command(), c.region() != null ? c.region() : one.region(), c.output(), c.text(), c.error()));
            }
        }
        ParsedInput first = fixture(name, docs.get(0));
        return new ParsedInput(name, "fixture", first.description(), first.region(), first.capturedAt(), all);
    }

    /** The refusal of content after (or before) a fixture, at the line, column and offset where it starts. */
    static InputException trailing(String name, String text, long from, String where) {
        int at = (int) Math.max(0, Math.min(from, text.length()));
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String junk = text.substring(at, Math.min(text.length(), at + 40)).lines().findFirst().orElse("");
        return new InputException(name + ":" + line + ":" + (at - lineStart + 1) + ": unexpected content " + where
                + " at offset " + at + ": '" + junk + "'; a fixture must be the whole input");
    }

    private ParsedInput fixture(String name, JsonNode root) {
        JsonNode version = root.get("ecsTriageFixture");
        if (!version.canConvertToInt() || version.asInt() != FIXTURE_VERSION) {
            throw new InputException(name + ": fixture version " + version + " is not supported (this build reads version "
                    + FIXTURE_VERSION + ")");
        }
        JsonNode captures = root.path("captures");
        if (!captures.isArray()) throw new InputException(name + ": fixture has no \"captures\" array");
        String region = text(root, "region");
        List<Capture> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : captures) {
            i++;
            String source = name + " capture " + i;
            if (!c.isObject()) {
                out.add(new Capture(source, null, null, c, null));
                continue;
            }
            JsonNode output = c.get("output") == null || c.get("output").isNull() ? null : c.get("output");
            JsonNode error = c.get("error");
            out.add(new Capture(source, text(c, "command"), text(c, "region"), output, text(c, "text"),
                    error != null && error.isObject() ? error : null));
        }
        return new ParsedInput(name, "fixture", text(root, "description"), region,
                Times.instant(root.get("capturedAt")), out);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
