package io.ecstriage.model;

import java.util.List;

/** A `describe-repositories` answer: which repositories of `region` we know exist or not. */
public record EcrListing(String region, List<String> requestedNames, boolean truncated) {

    public EcrListing {
        requestedNames = List.copyOf(requestedNames);
    }

    public boolean covers(String region, String repository) {
        if (truncated || !this.region.equals(region)) return false;
        return requestedNames.isEmpty() || requestedNames.contains(repository);
    }

    public String command() {
        return "aws ecr describe-repositories" + (requestedNames.isEmpty() ? "" : " --repository-names " + String.join(" ", requestedNames.stream().map(io.ecstriage.fix.Shell::quote).toList()))
                + " --region " + region;
    }
}
