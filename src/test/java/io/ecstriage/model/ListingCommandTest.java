package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "would settle it" commands a listing names: real values, shell-quoted, --region last. */
class ListingCommandTest {

    @Test
    void logGroupListingNamesItsPrefixQuoted() {
        assertEquals("aws logs describe-log-groups --log-group-name-prefix '/ecs/my app' --region eu-west-1",
                new LogGroupListing("eu-west-1", "/ecs/my app", false).command());
        assertEquals("aws logs describe-log-groups --region eu-west-1", new LogGroupListing("eu-west-1", null, false).command());
    }

    @Test
    void ecrListingNamesEachRepository() {
        assertEquals("aws ecr describe-repositories --repository-names api 'my repo' --region us-east-1",
                new EcrListing("us-east-1", List.of("api", "my repo"), false).command());
        assertEquals("aws ecr describe-repositories --region us-east-1", new EcrListing("us-east-1", List.of(), false).command());
    }
}
