package io.ecstriage.model;

import java.util.List;

/**
 * What an ECR image listing says about an image a task uses or an error text names: `present` false means the
 * repository's listing in the image's own region holds no such tag or digest. `otherTags` are the tags it does hold.
 */
public record EcrImageCheck(String region, String image, String repository, String reference, boolean present,
                            String command, List<String> otherTags) implements Regional {

    public EcrImageCheck {
        otherTags = List.copyOf(otherTags);
    }
}
