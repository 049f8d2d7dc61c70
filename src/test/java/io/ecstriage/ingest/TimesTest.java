package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {
    private static final Instant STOPPED = Instant.parse("2026-11-22T01:01:52.480Z");

    @Test
    void isoWithOffsetAsTheV2CliPrintsIt() {
        assertEquals(STOPPED, Times.instant(TextNode.valueOf("2026-11-22T10:01:52.480000+09:00")));
        assertEquals(STOPPED, Times.instant(TextNode.valueOf("2026-11-21T20:01:52.48-05:00")));
    }

    @Test
    void isoInUtc() {
        assertEquals(STOPPED, Times.instant(TextNode.valueOf("2026-11-22T01:01:52.480Z")));
        assertEquals(Instant.parse("2026-11-22T01:16:30Z"), Times.instant(TextNode.valueOf("2026-11-22T01:16:30Z")));
    }

    @Test
    void isoWithoutOffsetIsTakenAsUtc() {
        assertEquals(STOPPED, Times.instant(TextNode.valueOf("2026-11-22T01:01:52.480")));
    }

    @Test
    void epochSecondsWithFraction() {
        Instant t = Times.instant(DoubleNode.valueOf(1795309312.48));

        // a double holds the fraction to well under a millisecond
        assertTrue(Duration.between(STOPPED, t).abs().toNanos() < 1_000_000, t.toString());
    }

    @Test
    void epochSecondsWhole() {
        assertEquals(Instant.parse("2026-11-22T01:01:52Z"), Times.instant(LongNode.valueOf(1795309312L)));
    }

    @Test
    void epochMillisAsCloudWatchLogsPrintsThem() {
        assertEquals(STOPPED, Times.instant(LongNode.valueOf(1795309312480L)));
    }

    @Test
    void numbersInStrings() throws Exception {
        assertEquals(STOPPED, Times.instant(TextNode.valueOf("1795309312480")));
        Instant seconds = Times.instant(TextNode.valueOf("1795309312.48"));
        assertTrue(Duration.between(STOPPED, seconds).abs().toNanos() < 1_000_000, seconds.toString());
        JsonNode parsed = new ObjectMapper().readTree("{\"t\": 1795309312.480}").get("t");
        assertTrue(Duration.between(STOPPED, Times.instant(parsed)).abs().toNanos() < 1_000_000);
    }

    @Test
    void smallNumbersAreSecondsLargeOnesMillis() {
        assertEquals(Instant.ofEpochSecond(99_999_999_999L), Times.instant(LongNode.valueOf(99_999_999_999L)));
        assertEquals(Instant.ofEpochMilli(100_000_000_001L), Times.instant(LongNode.valueOf(100_000_000_001L)));
    }

    @Test
    void absentOrUnreadableIsNull() {
        assertNull(Times.instant(null));
        assertNull(Times.instant(NullNode.getInstance()));
        assertNull(Times.instant(MissingNode.getInstance()));
        assertNull(Times.instant(TextNode.valueOf("")));
        assertNull(Times.instant(TextNode.valueOf("   ")));
        assertNull(Times.instant(TextNode.valueOf("yesterday")));
        assertNull(Times.instant(TextNode.valueOf("2026-13-45T99:00:00Z")));
    }

    @Test
    void decimalCheckAgreesWithTheRegexItReplaces() {
        for (String s : java.util.List.of("0", "17", "-17", "1.5", "-1.5", "1.", ".5", "-", "", "1.2.3", "1e5", "+1", "--1", "1-",
                "١٢", "12a", "a12", "2026-11-22", " 1", "-.5", "00.00")) {
            assertEquals(s.matches("-?\\d+(\\.\\d+)?"), Times.isDecimal(s), s);
        }
    }

    @Test
    void theFastUtcReadingAgreesWithTheFormatterOrLeavesItTheText() {
        for (String s : java.util.List.of("2026-11-20T10:00:00Z", "2026-11-20T10:00:00.1Z", "2026-11-20T10:00:00.123456789Z",
                "2024-02-29T23:59:59.5Z", "2025-02-29T10:00:00Z", "2026-13-01T00:00:00Z", "2026-11-31T00:00:00Z", "2026-11-20T24:00:00Z",
                "2026-11-20T10:60:00Z", "2026-11-20T10:00:60Z", "2026-11-20T10:00:00.Z", "2026-11-20T10:00:00.1234567890Z",
                "2026-11-20 10:00:00Z", "2026-11-20T10:00:00z", "0000-01-01T00:00:00Z", "2026-1a-20T10:00:00Z", "2026-11-20T10:00Z")) {
            Instant fast = Times.isoUtc(s);
            if (fast == null) continue;
            assertEquals(java.time.OffsetDateTime.parse(s).toInstant(), fast, s);
            assertEquals(fast, Times.instant(TextNode.valueOf(s)), s);
        }
        assertEquals(Instant.parse("2026-11-20T10:00:00.120Z"), Times.isoUtc("2026-11-20T10:00:00.12Z"));
        assertNull(Times.isoUtc("2025-02-29T10:00:00Z"));
        assertNull(Times.instant(TextNode.valueOf("2025-02-29T10:00:00Z")));
    }
}
