package io.ecstriage.model;

import java.util.List;

/** An image of an ECR repository, from `describe-images`. */
public record EcrImage(String region, String repositoryName, List<String> tags, String digest) implements Regional {

    public EcrImage {
        tags = List.copyOf(tags);
    }
}
