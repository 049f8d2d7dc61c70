package io.ecstriage.model;

import java.util.List;

/** A capture whose shape we did not recognise: reported, never fatal. */
public record IgnoredInput(String source, List<String> keys, String reason) {
    public IgnoredInput {
        keys = List.copyOf(keys);
    }
}
