package io.ecstriage.model.iam;

/** What a role's identity policies say about one action on one resource. */
public enum Access {
    /** A statement allows it and none denies it. */
    ALLOWED,
    /** A statement explicitly denies it: nothing else can allow it. */
    DENIED,
    /** Every policy of the role was read and none allows it (IAM's implicit deny). */
    NOT_ALLOWED,
    /** Not every policy was read, or a Condition or policy variable decides: the policies alone cannot tell. */
    UNKNOWN
}
