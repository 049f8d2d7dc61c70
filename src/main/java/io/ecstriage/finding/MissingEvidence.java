package io.ecstriage.finding;

import io.ecstriage.aws.AwsCall;
import java.util.Objects;

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

    // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof MissingEvidence o && Objects.equals(basis, o.basis)
                && Objects.equals(command, o.command)
                && Objects.equals(iamAction, o.iamAction)
                && Objects.equals(why, o.why)
                && Objects.equals(call, o.call);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(basis);
        h = 31 * h + Objects.hashCode(command);
        h = 31 * h + Objects.hashCode(iamAction);
        h = 31 * h + Objects.hashCode(why);
        h = 31 * h + Objects.hashCode(call);
        return h;
    }
}
