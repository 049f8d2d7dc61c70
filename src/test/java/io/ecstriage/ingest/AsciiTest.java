package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AsciiTest {
    @Property(tries = 300)
    void allAsciiAnswersAsAByteByByteLookDoes(@ForAll @Size(max = 40) byte[] bytes, @ForAll @IntRange(max = 3) int start) {
        int from = Math.min(start, bytes.length);
        boolean expected = true;
        for (int i = from; i < bytes.length; i++) expected &= bytes[i] >= 0;
        assertEquals(expected, Ascii.all(bytes, from));
    }

    @Property(tries = 300)
    void aRangeIsAllAsciiWhenEachOfItsBytesIs(@ForAll @Size(max = 40) byte[] bytes, @ForAll @IntRange(max = 40) int a, @ForAll @IntRange(max = 40) int b) {
        int from = Math.min(Math.min(a, b), bytes.length);
        int to = Math.min(Math.max(a, b), bytes.length);
        boolean expected = true;
        for (int i = from; i < to; i++) expected &= bytes[i] >= 0;
        assertEquals(expected, Ascii.all(bytes, from, to));
    }

    @Property(tries = 100)
    void asciiReadsAsItsOwnText(@ForAll @Size(max = 30) byte[] raw) {
        byte[] bytes = raw.clone();
        for (int i = 0; i < bytes.length; i++) bytes[i] &= 0x7F;
        assertEquals(new String(bytes, StandardCharsets.US_ASCII), Ascii.chars(bytes, 0).toString());
    }
}
