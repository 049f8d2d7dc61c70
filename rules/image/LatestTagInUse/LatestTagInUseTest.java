package io.ecstriage.rules.image;

import static io.ecstriage.rules.Fixtures.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.finding.Finding;
import io.ecstriage.report.Report;
import io.ecstriage.rules.Fixtures;
import io.ecstriage.rules.RuleCases;
import io.ecstriage.rules.TierThree;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestTagInUseTest extends RuleCases {
    private static final String ID = "LatestTagInUse";

    LatestTagInUseTest() {
        super(ID);
    }

    @Test
    void neverAboveTheFailureItAccompanies() {
        TierThree.assertBehindFailures(TierThree.scenario("seed000-ecr-region-mismatch"), ID);
    }

    @Test
    void anEcrRepositoryIsMadeImmutable() {
        Finding f = finding(Fixtures.diagnose(ID, "fires-ecr-latest.json"), ID);

        assertEquals(List.of("aws ecr put-image-tag-mutability --repository-name orders-api --image-tag-mutability IMMUTABLE --region eu-central-1"),
                f.fix().commands());
        assertTrue(f.fix().notes().get(0).contains("own tag"), f.fix().notes()::toString);
    }

    @Test
    void aPublicImageGetsOnlyTheNote() {
        assertEquals(List.of(), finding(Fixtures.diagnose(ID, "fires-untagged-public-image.json"), ID).fix().commands());
    }
}
