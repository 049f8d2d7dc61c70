package io.ecstriage.rules.network;

import io.ecstriage.rules.RuleFixtureHarness;

/** HealthCheckBlockedBySecurityGroup (rules/network/HealthCheckBlockedBySecurityGroup.drl) against fixtures/rules/HealthCheckBlockedBySecurityGroup/. */
class HealthCheckBlockedBySecurityGroupTest extends RuleFixtureHarness {
    HealthCheckBlockedBySecurityGroupTest() {
        super("HealthCheckBlockedBySecurityGroup");
    }
}
