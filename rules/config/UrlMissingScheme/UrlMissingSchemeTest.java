package io.ecstriage.rules.config;

import io.ecstriage.rules.RuleFixtureHarness;

/** UrlMissingScheme (UrlMissingScheme.drl beside it) against the fixtures of its folder. */
class UrlMissingSchemeTest extends RuleFixtureHarness {
    UrlMissingSchemeTest() {
        super("UrlMissingScheme");
    }
}
