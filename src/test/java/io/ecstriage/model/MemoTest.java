package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void anEqualKeyGetsTheRememberedValueAndAnotherKeyItsOwn() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, String> upper = Memo.byValue(4, s -> {
            calls.incrementAndGet();
            return s.toUpperCase(java.util.Locale.ROOT);
        });
        String first = upper.get("api");
        assertSame(first, upper.get(new String("api")));
        assertEquals(1, calls.get());
        // "Aa" and "BB" share a hash, so a slot: each evicts the other and is computed again, never mixed up
        for (int round = 0; round < 3; round++) {
            assertEquals("AA", upper.get("Aa"));
            assertEquals("BB", upper.get("BB"));
        }
    }

    @Test
    void imagesReadThroughTheMemoAnswerAsWithoutIt() {
        String image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v1";
        assertEquals("eu-west-1", ImageRef.parse(image).ecrRegion());
        assertEquals(ImageRef.parse(image), ImageRef.parse(new String(image)));
        assertEquals(null, ImageRef.parse(null).repository());
    }
}
