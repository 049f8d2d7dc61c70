package io.ecstriage.model.iam;

import java.util.Objects;

/** One IAM action on one resource ARN ("*" for actions that take none, such as ecr:GetAuthorizationToken). */
public record ActionOn(String action, String resource) {
    // written out: a generated one links an ObjectMethods bootstrap at its first call in every run (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof ActionOn o && Objects.equals(action, o.action) && Objects.equals(resource, o.resource);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(action) + Objects.hashCode(resource);
    }
}
