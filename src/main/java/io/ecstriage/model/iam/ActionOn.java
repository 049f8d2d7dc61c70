package io.ecstriage.model.iam;

/** One IAM action on one resource ARN ("*" for actions that take none, such as ecr:GetAuthorizationToken). */
public record ActionOn(String action, String resource) {}
