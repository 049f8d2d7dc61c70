package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.ingest.Capture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsResponse;

/** What a failed read leaves behind: an answer the rules may read (a 4xx error text) or a gap (no answer at all). */
class RecorderTest {
    private static final AwsCall READ = AwsCall.of("logs", "describe-log-groups").with("--log-group-name-prefix", "/ecs/api").in("eu-west-1");

    private static Capture record(int status, String code, String message) {
        Recorder rec = new Recorder(Progress.off());
        DescribeLogGroupsResponse r = rec.call(READ, () -> {
            throw CloudWatchLogsException.builder().statusCode(status)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
        });
        assertNull(r);
        assertEquals(1, rec.captures().size());
        return rec.captures().get(0);
    }

    @Test
    void aServerErrorThatOutlastedTheRetriesIsAGapWithItsIamActionNotAnAnswer() {
        Capture c = record(500, "ServiceUnavailableException", "The service is unavailable.");
        assertNull(c.text(), "no CLI error text a rule could take for the API's answer");
        assertNull(c.output());
        assertEquals("logs:DescribeLogGroups", c.error().path("iamAction").asText());
        assertEquals("ServiceUnavailableException", c.error().path("code").asText());
    }

    @Test
    void a503WithoutAnErrorCodeIsAGapNamedByItsStatus() {
        Recorder rec = new Recorder(Progress.off());
        rec.call(READ, () -> {
            throw CloudWatchLogsException.builder().statusCode(503).message("Service Unavailable").build();
        });
        Capture c = rec.captures().get(0);
        assertNull(c.text());
        assertEquals("HTTP 503", c.error().path("code").asText());
        assertEquals("logs:DescribeLogGroups", c.error().path("iamAction").asText());
    }

    @Test
    void aDeniedCallIsAGap() {
        Capture c = record(400, "AccessDeniedException", "User: x is not authorized to perform: logs:DescribeLogGroups");
        assertNull(c.text());
        assertEquals("AccessDeniedException", c.error().path("code").asText());
    }

    @Test
    void aClientErrorIsTheAnswerTheCliWouldPrint() {
        Capture c = record(400, "ResourceNotFoundException", "The specified log group does not exist.");
        assertNull(c.error());
        assertEquals("An error occurred (ResourceNotFoundException) when calling the DescribeLogGroups operation: The specified log group does not exist.",
                c.text());
    }
}
