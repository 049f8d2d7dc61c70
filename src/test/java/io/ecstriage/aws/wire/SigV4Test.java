package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against the values AWS publishes: its SigV4 test suite (get-vanilla …) and its signing-key derivation example. */
class SigV4Test {
    private static final SigV4.Credentials SUITE = new SigV4.Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");
    private static final String PREFIX = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=";

    private static String authorization(String method, String url) {
        return SigV4.sign(method, URI.create(url), Map.of(), new byte[0], SUITE, "us-east-1", "service", SUITE_TIME).get("Authorization");
    }

    @Test
    void getVanilla() {
        assertEquals(PREFIX + "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
                authorization("GET", "https://example.amazonaws.com/"));
    }

    @Test
    void getVanillaQueryOrderKeyCase_sortsTheQuery() {
        assertEquals(PREFIX + "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
                authorization("GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1"));
    }

    @Test
    void postVanilla() {
        assertEquals(PREFIX + "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
                authorization("POST", "https://example.amazonaws.com/"));
    }

    @Test
    void getVanilla_canonicalRequest() {
        Map<String, String> headers = new java.util.TreeMap<>(Map.of("host", "example.amazonaws.com", "x-amz-date", "20150830T123600Z"));
        assertEquals("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                SigV4.canonicalRequest("GET", URI.create("https://example.amazonaws.com/"), headers, "host;x-amz-date",
                        SigV4.hex(SigV4.sha256(new byte[0]))));
    }

    @Test
    void cachedSigningKeys_belongToTheirSecretDayRegionAndService() {
        // the same scope signed first with another secret, on another day, for another Region and service
        Instant nextDay = SUITE_TIME.plusSeconds(86_400);
        for (SigV4.Credentials c : new SigV4.Credentials[] {new SigV4.Credentials("AKIDEXAMPLE", "other-secret", null), SUITE}) {
            SigV4.sign("GET", URI.create("https://example.amazonaws.com/"), Map.of(), new byte[0], c, "us-east-1", "service", nextDay);
            SigV4.sign("GET", URI.create("https://example.amazonaws.com/"), Map.of(), new byte[0], c, "us-west-2", "service", SUITE_TIME);
            SigV4.sign("GET", URI.create("https://example.amazonaws.com/"), Map.of(), new byte[0], c, "us-east-1", "ecs", SUITE_TIME);
        }
        SigV4.sign("GET", URI.create("https://example.amazonaws.com/"), Map.of(), new byte[0],
                new SigV4.Credentials("AKIDEXAMPLE", "other-secret", null), "us-east-1", "service", SUITE_TIME);
        assertEquals(PREFIX + "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
                authorization("GET", "https://example.amazonaws.com/"));
        assertEquals(PREFIX + "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
                authorization("GET", "https://example.amazonaws.com/"), "the cached key signs as the derived one did");
    }

    @Test
    void signingKey_asInAwsDerivationExample() {
        assertEquals("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d",
                SigV4.hex(SigV4.signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam")));
    }

    @Test
    void sessionToken_isSentAndSigned() {
        Map<String, String> h = SigV4.sign("POST", URI.create("http://127.0.0.1:4566/"), Map.of("Content-Type", "application/x-amz-json-1.1"),
                "{}".getBytes(StandardCharsets.UTF_8), new SigV4.Credentials("AK", "SK", "TOKEN"), "eu-west-1", "ecs", SUITE_TIME);
        assertEquals("TOKEN", h.get("X-Amz-Security-Token"));
        assertTrue(h.get("Authorization").contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,"), h.get("Authorization"));
        assertTrue(h.get("Authorization").contains("Credential=AK/20150830/eu-west-1/ecs/aws4_request"), h.get("Authorization"));
    }

    @Test
    void encode_keepsOnlyUnreservedCharacters() {
        assertEquals("a%20b%2Fc~d%3D%C3%A9", SigV4.encode("a b/c~d=é"));
    }

    @Test
    void theDateStampIsUtcZeroPadded() {
        assertEquals("20150830T123600Z", SigV4.stamp(SUITE_TIME));
        assertEquals("20260104T050709Z", SigV4.stamp(Instant.parse("2026-01-04T05:07:09.999Z")));
        assertEquals("09990101T000000Z", SigV4.stamp(Instant.parse("0999-01-01T00:00:00Z")));
    }

    @Test
    void runsOfSpacesInAHeaderValueAreOneSpace() {
        assertEquals("a b c", SigV4.singleSpaced("a  b   c"));
        assertEquals("a b", SigV4.singleSpaced("a b"));
    }
}
