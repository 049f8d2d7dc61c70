package io.ecstriage.model;

/** An environment variable of a container definition or an Amplify app/branch. */
public record EnvVariable(String region, Owner ownerKind, String owner, String container, String name, String value) {

    public enum Owner { TASK_DEFINITION, AMPLIFY_APP, AMPLIFY_BRANCH }
}
