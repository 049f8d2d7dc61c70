package io.ecstriage.model;

import java.time.Instant;
import java.util.List;

/** An image of an ECR repository, from `describe-images`; pushedAt is null when the answer does not say. */
public record EcrImage(String region, String repositoryName, List<String> tags, String digest, Instant pushedAt) implements Regional {

    public EcrImage {
        tags = List.copyOf(tags);
    }

    public EcrImage(String region, String repositoryName, List<String> tags, String digest) {
        this(region, repositoryName, tags, digest, null);
    }
}
