package io.ecstriage.model;

/** That a role's policies were listed: kind ATTACHED (list-attached-role-policies) or INLINE (list-role-policies / get-role-policy). */
public record IamRoleListing(String roleName, String kind) {
    public static final String ATTACHED = "ATTACHED";
    public static final String INLINE = "INLINE";
}
