package io.ecstriage.model;

/** An inline policy a role has (`aws iam list-role-policies --role-name R`); its document is `get-role-policy`. */
public record IamInlinePolicyName(String roleName, String policyName) {}
