package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Region and account read by scanning must agree with the split they replaced, on whole and broken ARNs. */
class ArnsTest {

    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:ecs:eu-west-1:123456789012:cluster/prod", "arn:aws:iam::123456789012:role/x",
            "arn:aws:s3:::bucket", "arn:aws:ecs", "arn:aws:ecs:", "arn:aws:ecs:us-east-1", "arn:aws:ecs:us-east-1:",
            "arn:aws:ecs:us-east-1:1:a:b:c", "prod", "", "arn:", "arn::::"})
    void regionAndAccountAreTheFourthAndFifthFields(String arn) {
        assertEquals(field(arn, 3), Arns.region(arn));
        assertEquals(field(arn, 4), Arns.account(arn));
    }

    private static String field(String arn, int n) {
        if (!arn.startsWith("arn:")) return null;
        String[] p = arn.split(":", 6);
        return p.length > n && !p[n].isEmpty() ? p[n] : null;
    }
}
