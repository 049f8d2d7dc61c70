package io.ecstriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.engine.RuleEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules/index.md is generated from the rule metadata and must not drift from it. */
class RuleIndexTest {

    @Test
    void indexPageMatchesTheRuleMetadata() throws Exception {
        Path project = Path.of(System.getProperty("ecstriage.projectDir", "."));
        RuleEngine engine = new RuleEngine(RuleIndexTest.class.getClassLoader());
        String generated = new RuleIndex().render(engine.catalog().values());
        String committed = Files.readString(project.resolve("docs/rules/index.md")).replace("\r\n", "\n");
        assertEquals(generated, committed,
                "docs/rules/index.md is stale: run bin/ecs-triage rules --format markdown > docs/rules/index.md");
    }
}
