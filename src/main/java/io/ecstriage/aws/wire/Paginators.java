package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The paginators of the operations we call, from the trimmed models. */
public final class Paginators {
    private Paginators() {}

    /** The operation's paginator, or null when it answers in one page. */
    public static Paginator of(String service, String operation) {
        JsonNode p = ServiceModel.of(service).paginator(operation);
        if (p.isMissingNode()) return null;
        return new Paginator(strings(p.path("input_token")), strings(p.path("output_token")), p.path("limit_key").asText(null),
                strings(p.path("result_key")), p.path("more_results").asText(null));
    }

    /** botocore writes one token or key as a string, several as a list. */
    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isTextual()) out.add(n.asText());
        else n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
