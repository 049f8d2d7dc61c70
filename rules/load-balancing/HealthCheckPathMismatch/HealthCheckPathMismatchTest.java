package io.ecstriage.rules.loadbalancing;

import io.ecstriage.rules.RuleFixtureHarness;

/**
 * HealthCheckPathMismatch (rules/load-balancing/HealthCheckPathMismatch.drl) against fixtures/rules/HealthCheckPathMismatch/.
 * A Java package cannot contain "-": the test of folder load-balancing lives in package loadbalancing.
 */
class HealthCheckPathMismatchTest extends RuleFixtureHarness {
    HealthCheckPathMismatchTest() {
        super("HealthCheckPathMismatch");
    }
}
