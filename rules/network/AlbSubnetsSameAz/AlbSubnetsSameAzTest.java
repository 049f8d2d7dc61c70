package io.ecstriage.rules.network;

import io.ecstriage.rules.RuleFixtureHarness;

/** AlbSubnetsSameAz (rules/network/AlbSubnetsSameAz.drl) against fixtures/rules/AlbSubnetsSameAz/. */
class AlbSubnetsSameAzTest extends RuleFixtureHarness {
    AlbSubnetsSameAzTest() {
        super("AlbSubnetsSameAz");
    }
}
