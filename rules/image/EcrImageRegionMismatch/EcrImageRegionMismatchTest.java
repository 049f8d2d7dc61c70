package io.ecstriage.rules.image;

import io.ecstriage.rules.RuleFixtureHarness;

/** EcrImageRegionMismatch (rules/image/EcrImageRegionMismatch.drl) against fixtures/rules/EcrImageRegionMismatch/. */
class EcrImageRegionMismatchTest extends RuleFixtureHarness {
    EcrImageRegionMismatchTest() {
        super("EcrImageRegionMismatch");
    }
}
