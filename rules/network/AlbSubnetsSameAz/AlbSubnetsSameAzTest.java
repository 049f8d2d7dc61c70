package io.ecstriage.rules.network;

import io.ecstriage.rules.RuleFixtureHarness;

/** AlbSubnetsSameAz (AlbSubnetsSameAz.drl beside it) against the fixtures of its folder. */
class AlbSubnetsSameAzTest extends RuleFixtureHarness {
    AlbSubnetsSameAzTest() {
        super("AlbSubnetsSameAz");
    }
}
