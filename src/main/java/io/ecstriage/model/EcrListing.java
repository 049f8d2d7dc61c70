package io.ecstriage.model;

import io.ecstriage.aws.AwsCall;
import java.util.List;

/** A `describe-repositories` answer: which repositories of `region` we know exist or not. */
public record EcrListing(String region, List<String> requestedNames, boolean truncated) implements Regional {

    public EcrListing {
        requestedNames = List.copyOf(requestedNames);
    }

    public boolean covers(String region, String repository) {
        if (truncated || !this.region.equals(region)) return false;
        return requestedNames.isEmpty() || requestedNames.contains(repository);
    }

    public String command() {
        return AwsCall.of("ecr", "describe-repositories").withAll("--repository-names", requestedNames).in(region).render();
    }
}
