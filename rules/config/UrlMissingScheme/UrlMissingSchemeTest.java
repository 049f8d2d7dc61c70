package io.ecstriage.rules.config;

import io.ecstriage.rules.RuleFixtureHarness;

/** UrlMissingScheme (rules/config/UrlMissingScheme.drl) against fixtures/rules/UrlMissingScheme/. */
class UrlMissingSchemeTest extends RuleFixtureHarness {
    UrlMissingSchemeTest() {
        super("UrlMissingScheme");
    }
}
