package io.ecstriage.finding.differential;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.finding.Checks;
import io.ecstriage.finding.check.Identifiers;
import java.util.function.BiFunction;

/**
 * One cause a symptom family can have: a rule id (or a cause the catalogue has no rule for yet), its prior weight
 * within the family, the reason for that weight, and the read that tells it apart.
 */
public record Candidate(String causeId, double prior, String why, BiFunction<Checks, Identifiers, AwsCall> check, String shows) {}
