package io.ecstriage.finding;

import io.ecstriage.aws.AwsCall;

/**
 * A check: the read that would settle a finding or a hypothesis. `call` is the typed AWS call; `command` and
 * `iamAction` are derived from it ({@link AwsCall#render()}, {@link AwsCall#iamAction()}) and kept for the report's
 * schema. `basis` is the kind of evidence the answer gives; `why` says what it would show.
 */
public record MissingEvidence(String basis, String command, String iamAction, String why, AwsCall call) {

    public static MissingEvidence of(String basis, AwsCall call, String why) {
        return new MissingEvidence(basis, call.render(), call.iamAction(), why, call);
    }

    /** The same check with its call replaced (placeholders filled from the input). */
    public MissingEvidence withCall(AwsCall filled) {
        return filled.equals(call) ? this : of(basis, filled, why);
    }
}
