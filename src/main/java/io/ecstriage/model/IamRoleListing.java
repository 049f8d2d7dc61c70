package io.ecstriage.model;

/**
 * That a role's policies were listed: kind ATTACHED (list-attached-role-policies), INLINE (an empty list-role-policies,
 * or a get-role-policy) or INLINE_NAMES (list-role-policies, whatever it listed: the names are IamInlinePolicyName facts).
 */
public record IamRoleListing(String roleName, String kind) {
    public static final String ATTACHED = "ATTACHED";
    public static final String INLINE = "INLINE";
    public static final String INLINE_NAMES = "INLINE_NAMES";
}
