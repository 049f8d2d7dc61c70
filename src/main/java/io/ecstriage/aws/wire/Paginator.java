package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an operation pages (botocore's paginators-1.json): the request members that take the tokens, the response
 * members that hold them, the page-size member, and the members whose lists the pages add up to.
 */
public record Paginator(List<String> inputTokens, List<String> outputTokens, String limitKey, List<String> resultKeys, String moreResults) {
    public Paginator {
        inputTokens = List.copyOf(inputTokens);
        outputTokens = List.copyOf(outputTokens);
        resultKeys = List.copyOf(resultKeys);
    }

    /**
     * The request members to set for the page after `page` (a decoded page, CliResponses.decode): input token →
     * output token's value; empty when `page` was the last (no token, or `moreResults` false).
     */
    public Map<String, String> next(JsonNode page) {
        Map<String, String> next = new LinkedHashMap<>();
        if (moreResults != null && !page.path(moreResults).asBoolean(false)) return next;
        for (int i = 0; i < inputTokens.size() && i < outputTokens.size(); i++) {
            JsonNode token = at(page, outputTokens.get(i));
            if (token != null && token.isValueNode() && !token.asText().isEmpty()) next.put(inputTokens.get(i), token.asText());
        }
        return next;
    }

    /** A dotted path (`Metadata.NextToken`); the paths our operations use have no indexes or functions. */
    private static JsonNode at(JsonNode node, String path) {
        JsonNode n = node;
        for (String part : path.split("\\.")) n = n.path(part);
        return n.isMissingNode() || n.isNull() ? null : n;
    }
}
