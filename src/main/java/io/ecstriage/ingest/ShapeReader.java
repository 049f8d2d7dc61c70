package io.ecstriage.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Recognises one `aws` output shape by its top-level keys and turns it into facts. */
public interface ShapeReader {

    /** "ecs describe-tasks" and the like, for messages. */
    String shape();

    boolean accepts(JsonNode root);

    void read(JsonNode root, ReadContext ctx);
}
