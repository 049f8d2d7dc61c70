package io.ecstriage.finding.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.model.ErrorTexts;
import io.ecstriage.model.ImageRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The image a pull error names, however it names it, fills a describe-images check: repository, and tag or digest. */
class ImageChecksTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);
    private static final AwsCall CHECK = AwsCall.parse("aws ecr describe-images --repository-name REPOSITORY --image-ids imageTag=TAG --region REGION");

    private static String filled(String text) {
        Identifiers ids = new Identifiers();
        ids.read(text);
        return new CheckFiller(ids).fill(CHECK).render();
    }

    @Test
    void theRegistryApisManifestPathNamesTheImage() {
        // ECR's 403 for a manifest quotes the registry API path, not the image reference
        assertEquals(List.of(ImageRef.parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api:v1.2.3")),
                ErrorTexts.ecrImages("failed open: unexpected status code https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/team/api/manifests/v1.2.3: 403 Forbidden"));
        assertEquals(List.of(ImageRef.parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/app@" + DIGEST)),
                ErrorTexts.ecrImages("https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/manifests/" + DIGEST + ": 403 Forbidden"));
        assertEquals(List.of(), ErrorTexts.ecrImages("https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/blobs/" + DIGEST + ": 403"),
                "a layer is not the image");
    }

    @Test
    void aTagKeepsItsCaseTheRegistryAndRepositoryDoNot() {
        assertEquals(List.of(ImageRef.parse("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:Release-V2")),
                ErrorTexts.ecrImages("failed to resolve ref 123456789012.DKR.ECR.us-east-1.amazonaws.com/app:Release-V2: not found"));
    }

    @Test
    void theCheckAsksForTheTagOrTheDigest() {
        assertEquals("aws ecr describe-images --repository-name team/api --image-ids imageTag=v1.2.3 --region us-east-1",
                filled("https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/team/api/manifests/v1.2.3: 403 Forbidden"));
        assertEquals("aws ecr describe-images --repository-name app --image-ids imageDigest=" + DIGEST + " --region us-east-1",
                filled("https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/app/manifests/" + DIGEST + ": 403 Forbidden"));
        assertEquals(List.of("REPOSITORY", "TAG", "REGION"), CHECK.placeholders(), "a keyed value's placeholder is one too");
    }
}
