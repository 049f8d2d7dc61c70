package io.ecstriage.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.json.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits pasted text into text paragraphs and the JSON documents pasted between them. A line
 * `aws …` (optionally after a shell prompt) right before a JSON document is taken as its command.
 */
final class MixedTextSplitter {
    private final JsonTrees json;

    MixedTextSplitter(JsonTrees json) {
        this.json = json;
    }

    List<Capture> split(String name, String text) {
        List<Capture> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String lastCommand = null;
        // the command's lines as pasted: text output after them (--output text, an error) keeps them, so the names typed on
        // them (--cluster prod) reach the checks; a command with nothing after it is no evidence
        StringBuilder commandLines = new StringBuilder();
        int pos = 0;
        int n = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol + 1;
            String line = text.substring(pos, end);
            String stripped = line.strip();
            if (stripped.startsWith("{") || stripped.startsWith("[")) {
                int[] consumed = new int[1];
                JsonNode doc = tryJson(text.substring(pos), consumed);
                if (doc != null && (doc.isObject() || doc.isArray())) {
                    n = flush(name, paragraph, out, n);
                    out.add(new Capture(name + " #" + ++n, lastCommand, null, doc, null));
                    lastCommand = null;
                    commandLines.setLength(0);
                    pos += consumed[0];
                    continue;
                }
            }
            String command = awsCommand(stripped);
            int start = pos;
            while (command != null && command.endsWith("\\") && end < text.length()) {
                // a command continued with backslash-newline, as people paste them
                int next = text.indexOf('\n', end);
                int nextEnd = next < 0 ? text.length() : next + 1;
                command = command.substring(0, command.length() - 1) + " " + text.substring(end, nextEnd).strip();
                end = nextEnd;
            }
            if (command != null) {
                n = flush(name, paragraph, out, n);
                lastCommand = command;
                commandLines.setLength(0);
                commandLines.append(text, start, end);
            } else if (stripped.isEmpty()) {
                n = flush(name, paragraph, out, n);
            } else {
                // the command stays a JSON document's below, as before (a warning line between them)
                paragraph.append(commandLines).append(line);
                commandLines.setLength(0);
            }
            pos = end;
        }
        flush(name, paragraph, out, n);
        return out;
    }

    private int flush(String name, StringBuilder paragraph, List<Capture> out, int n) {
        if (paragraph.toString().isBlank()) {
            paragraph.setLength(0);
            return n;
        }
        out.add(new Capture(name + " #" + (n + 1), null, null, null, paragraph.toString().strip()));
        paragraph.setLength(0);
        return n + 1;
    }

    static String awsCommand(String line) {
        String l = line.replaceFirst("^(\\S*[$#>%]\\s+)", "");
        return l.startsWith("aws ") ? l : null;
    }

    private JsonNode tryJson(String rest, int[] consumed) {
        try (JsonParser parser = json.parser(rest)) {
            parser.nextToken();
            JsonNode node = json.read(parser);
            consumed[0] = (int) parser.currentLocation().getCharOffset();
            // skip the rest of the line the document ended on
            while (consumed[0] < rest.length() && rest.charAt(consumed[0]) != '\n') consumed[0]++;
            return node;
        } catch (IOException e) {
            return null;
        }
    }
}
