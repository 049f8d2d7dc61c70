package io.ecstriage.rules.health;

import io.ecstriage.rules.RuleFixtureHarness;

/** ContainerHealthCheckFailing (rules/health/ContainerHealthCheckFailing.drl) against fixtures/rules/ContainerHealthCheckFailing/. */
class ContainerHealthCheckFailingTest extends RuleFixtureHarness {
    ContainerHealthCheckFailingTest() {
        super("ContainerHealthCheckFailing");
    }
}
