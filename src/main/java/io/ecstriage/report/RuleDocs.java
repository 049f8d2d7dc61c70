package io.ecstriage.report;

import io.ecstriage.finding.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A rule's page (rules/CATEGORY/ID/README.md), which the build copies into the jar as io/ecstriage/rule-docs/CATEGORY/ID.md. */
final class RuleDocs {
    private RuleDocs() {}

    /** The page's Markdown without its HTML comments (the generated header's markers), if the jar holds it. */
    static Optional<String> page(RuleMeta rule) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/io/ecstriage/rule-docs/" + rule.category() + "/" + rule.id() + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n").replaceAll("(?m)^<!--.*-->\n", "").strip() + "\n");
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
