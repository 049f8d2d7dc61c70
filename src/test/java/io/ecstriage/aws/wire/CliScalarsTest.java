package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.aws.CliJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliScalarsTest {
    @Test
    void timestampsAreWrittenAsCliJsonWritesThem() {
        for (Instant t : List.of(Instant.EPOCH, Instant.parse("2024-12-04T08:13:20.123Z"), Instant.parse("0999-01-02T03:04:05.000001Z"),
                Instant.parse("2010-07-27T22:28:28.123456789Z"), Instant.parse("+10000-01-01T00:00:00Z"))) {
            assertEquals(CliJson.timestamp(t), CliScalars.timestamp(t), t.toString());
        }
    }

    @Test
    void epochSecondsAreCutToMillisecondsAsTheSdkReadsThem() {
        assertEquals(Instant.parse("2024-12-04T08:13:20.123Z"), CliScalars.instant("1733300000.123999", null, true));
        assertEquals(Instant.parse("2014-09-15T19:58:59Z"), CliScalars.instant("2014-09-15T19:58:59+0000", null, false));
        assertEquals(Instant.parse("2014-09-15T17:58:59Z"), CliScalars.instant("2014-09-15T19:58:59+02:00", null, false));
    }
}
