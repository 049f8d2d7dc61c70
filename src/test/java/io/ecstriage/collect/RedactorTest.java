package io.ecstriage.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.json.JsonTrees;
import org.junit.jupiter.api.Test;

/** The one redaction policy: the union of what `snapshot --redact` and the doctor's `save --redact` each masked. */
class RedactorTest {
    private final JsonTrees json = new JsonTrees();

    private JsonNode tree(String text) throws Exception {
        return json.read(text);
    }

    @Test
    void aTaskIdWhoseLastGroupIsAllDigits_isNotAnAccount() throws Exception {
        // seen in a live IT: moto's random task id e7d7d51f-6119-46eb-98cb-899785832132 lost its last group to a stand-in
        String arn = "arn:aws:ecs:eu-west-1:222233334444:task/c/e7d7d51f-6119-46eb-98cb-899785832132";
        JsonNode in = tree("{\"taskArn\": \"" + arn + "\", \"stoppedReason\": \"task e7d7d51f-6119-46eb-98cb-899785832132 stopped\"}");
        Redactor r = new Redactor(json);

        JsonNode out = r.redact(in, "222233334444");

        assertEquals("arn:aws:ecs:eu-west-1:100000000001:task/c/e7d7d51f-6119-46eb-98cb-899785832132", out.path("taskArn").asText());
        assertEquals("task e7d7d51f-6119-46eb-98cb-899785832132 stopped", out.path("stoppedReason").asText());
        assertEquals(1, r.accounts().size(), r.accounts()::toString);
    }

    @Test
    void accountIdsGetOneStandInEverywhereAndTheCallersAccountComesFirst() throws Exception {
        JsonNode in = tree("{\"taskArn\": \"arn:aws:ecs:eu-west-1:222233334444:task/c/abc\", \"OwnerId\": \"555566667777\","
                + " \"image\": \"222233334444.dkr.ecr.eu-west-1.amazonaws.com/web:1\", \"note\": \"copied from 999988887777 by hand\","
                + " \"big\": \"ecs-svc/1234567890123456789\"}");
        Redactor r = new Redactor(json);

        JsonNode out = r.redact(in, "222233334444");

        assertEquals("arn:aws:ecs:eu-west-1:100000000001:task/c/abc", out.path("taskArn").asText());
        assertEquals("100000000001.dkr.ecr.eu-west-1.amazonaws.com/web:1", out.path("image").asText());
        assertEquals("100000000002", out.path("OwnerId").asText());
        assertEquals("copied from 100000000003 by hand", out.path("note").asText(), "a bare 12-digit number is an account id too");
        assertEquals("ecs-svc/1234567890123456789", out.path("big").asText(), "a longer number is not");
        assertEquals("arn:aws:iam::100000000002:role/x", r.replaceAccounts("arn:aws:iam::555566667777:role/x"));
    }

    @Test
    void accessKeysEmailsAndPublicAddressesAreReplacedConsistentlyPrivateAddressesStay() throws Exception {
        JsonNode in = tree("{\"a\": \"key AKIAABCDEFGHIJKLMNOP used by ops@example.org from 54.12.1.9\","
                + " \"b\": \"AKIAABCDEFGHIJKLMNOP again, 54.12.1.9 again\", \"c\": \"10.0.2.91 172.20.1.1 0.0.0.0/0\"}");

        JsonNode out = new Redactor(json).redact(in, null);

        assertEquals("key AKIAREDACTED00000001 used by user1@example.com from 198.51.100.1", out.path("a").asText());
        assertEquals("AKIAREDACTED00000001 again, 198.51.100.1 again", out.path("b").asText());
        assertEquals("10.0.2.91 172.20.1.1 0.0.0.0/0", out.path("c").asText());
    }

    @Test
    void environmentValuesAreMaskedWhenTheirNameOrValueLooksSecret() throws Exception {
        JsonNode in = tree("{\"environment\": ["
                + "{\"name\": \"DB_PASSWORD\", \"value\": \"hunter2\"},"
                + "{\"name\": \"AUTH_URL\", \"value\": \"https://login.example.com\"},"
                + "{\"name\": \"SESSION_SECRET_B64\", \"value\": \"x\"},"
                + "{\"name\": \"PLAIN\", \"value\": \"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig\"},"
                + "{\"name\": \"API_URL\", \"value\": \"api.example.com\"}],"
                + " \"environmentVariables\": {\"STRIPE_TOKEN\": \"sk_live_1\", \"NEXT_PUBLIC_API_BASE\": \"shop.example.com\"}}");

        JsonNode out = new Redactor(json).redact(in, null);

        assertEquals("REDACTED", out.at("/environment/0/value").asText());
        assertEquals("REDACTED", out.at("/environment/1/value").asText(), "AUTH names a secret even in a URL's name");
        assertEquals("REDACTED", out.at("/environment/2/value").asText());
        assertEquals("REDACTED", out.at("/environment/3/value").asText(), "a JWT is a secret whatever its name");
        assertEquals("api.example.com", out.at("/environment/4/value").asText());
        assertEquals("REDACTED", out.at("/environmentVariables/STRIPE_TOKEN").asText());
        assertEquals("shop.example.com", out.at("/environmentVariables/NEXT_PUBLIC_API_BASE").asText());
    }

    @Test
    void signedUrlsPasswordsInUrlsAndJsonInsideStringsAreRedacted() throws Exception {
        JsonNode in = tree("{\"url\": \"https://b.s3.amazonaws.com/k?X-Amz-Signature=abc123&x=1\","
                + " \"dsn\": \"postgres://app:s3cret@db.internal:5432/app\","
                + " \"ResourceProperties\": \"{\\\"Role\\\": \\\"arn:aws:iam::222233334444:role/r\\\"}\"}");

        JsonNode out = new Redactor(json).redact(in, null);

        assertEquals("https://b.s3.amazonaws.com/k?X-Amz-Signature=REDACTED&x=1", out.path("url").asText());
        assertEquals("postgres://app:REDACTED@db.internal:5432/app", out.path("dsn").asText());
        assertEquals("{\"Role\":\"arn:aws:iam::100000000001:role/r\"}", out.path("ResourceProperties").asText());
    }

    @Test
    void theInputIsLeftAsItWas() throws Exception {
        JsonNode in = tree("{\"environment\": [{\"name\": \"DB_PASSWORD\", \"value\": \"hunter2\"}]}");

        new Redactor(json).redact(in, "222233334444");

        assertEquals("hunter2", in.at("/environment/0/value").asText());
        assertFalse(in.toString().contains("REDACTED"));
        assertTrue(in.isObject());
    }
}
