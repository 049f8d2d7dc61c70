package io.ecstriage.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where a CloudFormation template declares each resource and each key under its Properties, by line (1-based):
 * what a SARIF result points at. {@code uri} names the file as the report should (relative to the working directory).
 */
public record TemplateLines(String uri, Map<String, Resource> resources) {

    public TemplateLines {
        resources = Map.copyOf(resources);
    }

    /** A resource: the line of its logical id and every key below its Properties, in document order. */
    public record Resource(int line, List<Entry> entries) {
        public Resource {
            entries = List.copyOf(entries);
        }
    }

    /** A key at any depth below Properties, its line, and its value when that is a scalar (else null). */
    public record Entry(String key, int line, String value) {}

    public OptionalInt resourceLine(String logicalId) {
        Resource r = resources.get(logicalId);
        return r == null ? OptionalInt.empty() : OptionalInt.of(r.line());
    }

    /** The first line below the resource's Properties with this key (`HealthCheckPath`, `Image`). */
    public OptionalInt propertyLine(String logicalId, String key) {
        Resource r = resources.get(logicalId);
        if (r != null) for (Entry e : r.entries()) if (e.key().equals(key)) return OptionalInt.of(e.line());
        return OptionalInt.empty();
    }

    /** The first line below the resource's Properties whose scalar value is exactly this one. */
    public OptionalInt valueLine(String logicalId, String value) {
        Resource r = resources.get(logicalId);
        if (r != null && value != null) for (Entry e : r.entries()) if (value.equals(e.value())) return OptionalInt.of(e.line());
        return OptionalInt.empty();
    }
}
