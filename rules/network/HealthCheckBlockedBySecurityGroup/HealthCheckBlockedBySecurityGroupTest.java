package io.ecstriage.rules.network;

import io.ecstriage.rules.RuleFixtureHarness;

/** HealthCheckBlockedBySecurityGroup (HealthCheckBlockedBySecurityGroup.drl beside it) against the fixtures of its folder. */
class HealthCheckBlockedBySecurityGroupTest extends RuleFixtureHarness {
    HealthCheckBlockedBySecurityGroupTest() {
        super("HealthCheckBlockedBySecurityGroup");
    }
}
