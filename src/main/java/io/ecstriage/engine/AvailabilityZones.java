package io.ecstriage.engine;

import java.util.List;
import java.util.Map;

/** The zone letters of common regions (not all regions have a, b, c: ap-northeast-1 has a, c, d). */
final class AvailabilityZones {
    private static final Map<String, List<String>> LETTERS = Map.ofEntries(
            Map.entry("us-east-1", List.of("a", "b", "c", "d", "e", "f")),
            Map.entry("us-east-2", List.of("a", "b", "c")),
            Map.entry("us-west-1", List.of("a", "c")),
            Map.entry("us-west-2", List.of("a", "b", "c", "d")),
            Map.entry("ap-northeast-1", List.of("a", "c", "d")),
            Map.entry("ap-northeast-2", List.of("a", "b", "c", "d")),
            Map.entry("ap-northeast-3", List.of("a", "b", "c")),
            Map.entry("ap-southeast-1", List.of("a", "b", "c")),
            Map.entry("ap-southeast-2", List.of("a", "b", "c")),
            Map.entry("ap-south-1", List.of("a", "b", "c")),
            Map.entry("eu-west-1", List.of("a", "b", "c")),
            Map.entry("eu-west-2", List.of("a", "b", "c")),
            Map.entry("eu-west-3", List.of("a", "b", "c")),
            Map.entry("eu-central-1", List.of("a", "b", "c")),
            Map.entry("eu-north-1", List.of("a", "b", "c")),
            Map.entry("ca-central-1", List.of("a", "b", "d")),
            Map.entry("sa-east-1", List.of("a", "b", "c")));

    private AvailabilityZones() {}

    static List<String> of(String region) {
        return LETTERS.getOrDefault(region, List.of("a", "b", "c")).stream().map(l -> region + l).toList();
    }
}
