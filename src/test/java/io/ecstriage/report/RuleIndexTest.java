package io.ecstriage.report;

import io.ecstriage.GeneratedFiles;
import io.ecstriage.TestDiagnosis;
import org.junit.jupiter.api.Test;

/** docs/rules/index.md is generated from the rule metadata and must not drift from it. */
class RuleIndexTest {

    @Test
    void indexPageMatchesTheRuleMetadata() {
        String generated = new RuleIndex().render(TestDiagnosis.engine().catalog().values());
        GeneratedFiles.verify(TestDiagnosis.projectDir().resolve("docs/rules/index.md"), generated);
    }
}
