package io.ecstriage.rules.health;

import io.ecstriage.rules.RuleFixtureHarness;

/** ContainerHealthCheckFailing (ContainerHealthCheckFailing.drl beside it) against the fixtures of its folder. */
class ContainerHealthCheckFailingTest extends RuleFixtureHarness {
    ContainerHealthCheckFailingTest() {
        super("ContainerHealthCheckFailing");
    }
}
