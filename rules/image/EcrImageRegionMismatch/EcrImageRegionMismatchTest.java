package io.ecstriage.rules.image;

import io.ecstriage.rules.RuleFixtureHarness;

/** EcrImageRegionMismatch (EcrImageRegionMismatch.drl beside it) against the fixtures of its folder. */
class EcrImageRegionMismatchTest extends RuleFixtureHarness {
    EcrImageRegionMismatchTest() {
        super("EcrImageRegionMismatch");
    }
}
