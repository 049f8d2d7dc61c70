package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The signing's own SHA-256 against the NIST examples and against the JDK's MessageDigest around every padding boundary. */
class Sha256Test {

    @Test
    void nistExamples() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SigV4.hex(Sha256.digest(new byte[0])));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SigV4.hex(Sha256.digest(ascii("abc"))));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                SigV4.hex(Sha256.digest(ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))));
    }

    @Test
    void sameAsMessageDigestForEveryLengthAroundTheBlockAndPaddingBoundaries() throws Exception {
        Random random = new Random(15);
        for (int length = 0; length <= 200; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), Sha256.digest(data), "length " + length);
        }
        byte[] large = new byte[100_003];
        random.nextBytes(large);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(large), Sha256.digest(large));
    }

    @Test
    void partsAreDigestedAsTheirConcatenation() throws Exception {
        byte[] a = ascii("a part that crosses ");
        byte[] b = ascii("a 64-byte block boundary when the two parts are taken together, as HMAC's inner hash does");
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update(a);
        assertArrayEquals(d.digest(b), Sha256.digest(a, b));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
