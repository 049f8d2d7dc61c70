package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.json.SmallJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The code and message of an AWS error answer, by the service's protocol: EC2's
 * `<Response><Errors><Error><Code>`, query's `<ErrorResponse><Error><Code>`, the JSON protocols' `__type`
 * (namespace stripped) or `x-amzn-ErrorType` header, and `message`/`Message`. A body that names no code gives a
 * null code, as the SDK does (collect/Recorder then names the gap by its HTTP status).
 */
public final class CliErrors {
    private CliErrors() {}

    public static CliError decode(String service, int status, byte[] body) {
        return decode(service, status, body, null);
    }

    /** @param errorTypeHeader the `x-amzn-ErrorType` header's value, or null */
    public static CliError decode(String service, int status, byte[] body, String errorTypeHeader) {
        String text = new String(body, StandardCharsets.UTF_8);
        CliError e = switch (ServiceModel.of(service).protocol()) {
            case "json", "rest-json" -> json(text, errorTypeHeader);
            default -> xml(text);
        };
        return e.code() != null && e.code().isEmpty() ? new CliError(null, e.message()) : e;
    }

    private static CliError json(String text, String header) {
        JsonNode doc = null;
        try {
            doc = text.isBlank() ? null : SmallJson.read(text);
        } catch (IOException e) {
            // not JSON (a proxy's HTML page): only the header and the status can say what it was
        }
        String code = header != null && !header.isBlank() ? header.split(":", 2)[0].strip() : null;
        String message = null;
        if (doc != null && doc.isObject()) {
            if (code == null) code = firstText(doc, "__type", "code", "Code");
            message = firstText(doc, "message", "Message", "errorMessage");
        }
        if (code != null) code = code.substring(code.lastIndexOf('#') + 1);
        return new CliError(code, message);
    }

    private static String firstText(JsonNode doc, String... names) {
        for (String n : names) {
            if (doc.path(n).isTextual()) return doc.path(n).asText();
        }
        return null;
    }

    private static CliError xml(String text) {
        XmlTree root;
        try {
            root = XmlTree.parse(text);
        } catch (IllegalArgumentException e) {
            root = null;
        }
        XmlTree error = root == null ? null : find(root, "Error");
        if (error == null) return new CliError(null, null);
        XmlTree code = error.child("Code");
        XmlTree message = error.child("Message");
        return new CliError(code == null ? null : code.text().strip(), message == null ? null : message.text());
    }

    /** `Error` under `ErrorResponse` (query) or `Response/Errors` (EC2), or the root itself. */
    private static XmlTree find(XmlTree node, String name) {
        if (node.name().equals(name)) return node;
        for (XmlTree c : node.children()) {
            XmlTree found = find(c, name);
            if (found != null) return found;
        }
        return null;
    }
}
