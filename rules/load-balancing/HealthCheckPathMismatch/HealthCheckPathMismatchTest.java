package io.ecstriage.rules.loadbalancing;

import io.ecstriage.rules.RuleFixtureHarness;

/**
 * HealthCheckPathMismatch (HealthCheckPathMismatch.drl beside it) against the fixtures of its folder.
 * A Java package cannot contain "-": the test of folder load-balancing lives in package loadbalancing.
 */
class HealthCheckPathMismatchTest extends RuleFixtureHarness {
    HealthCheckPathMismatchTest() {
        super("HealthCheckPathMismatch");
    }
}
