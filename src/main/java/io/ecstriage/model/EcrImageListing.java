package io.ecstriage.model;

import java.util.List;

/**
 * A `describe-images` answer for one repository of `region`: which tags and digests were asked for (none = the whole
 * repository), so the absence of an image can be concluded. `truncated` (a nextToken, --max-items) forbids that.
 */
public record EcrImageListing(String region, String repositoryName, List<String> requestedTags,
                              List<String> requestedDigests, boolean truncated, String command) implements Regional {

    public EcrImageListing {
        requestedTags = List.copyOf(requestedTags);
        requestedDigests = List.copyOf(requestedDigests);
    }

    /** True when this listing would show the image `tag` or `digest` of `repository` in `region` if it existed. */
    public boolean covers(String region, String repository, String tag, String digest) {
        if (truncated || !this.region.equals(region) || repositoryName == null || !repositoryName.equals(repository)) return false;
        if (requestedTags.isEmpty() && requestedDigests.isEmpty()) return true;
        return tag != null && requestedTags.contains(tag) || digest != null && requestedDigests.contains(digest);
    }
}
