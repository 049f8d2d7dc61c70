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

    /** Epoch seconds in milliseconds as BigDecimal gives them (the rest cut off toward zero), BigDecimal's class left alone. */
    @net.jqwik.api.Property(tries = 500, seed = "20261205")
    void epochSecondsAreReadAsBigDecimalReadsThem(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = -99_999_999_999L, max = 99_999_999_999L) long seconds,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 9) @net.jqwik.api.constraints.NumericChars String fraction,
            @net.jqwik.api.ForAll boolean dot) {
        String text = seconds + (dot ? "." + fraction : "");
        org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal(text).scaleByPowerOfTen(3).longValue(), CliScalars.epochMillis(text), text);
    }

    @Test
    void epochSecondsInOtherFormsStillRead() {
        for (String text : java.util.List.of("1.7333856001234E9", "-0.5", "+12.25", "1733385600", "-1733385600.9999")) {
            org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal(text).scaleByPowerOfTen(3).longValue(), CliScalars.epochMillis(text), text);
        }
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> CliScalars.epochMillis("soon"));
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class, () -> CliScalars.epochMillis("1.2.3"));
    }
}
