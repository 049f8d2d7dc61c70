package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.strings;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.EcrImage;
import io.ecstriage.model.EcrImageListing;
import io.ecstriage.model.EcrListing;
import io.ecstriage.model.EcrRepository;
import java.util.List;

/** ECR outputs: repositories (and which names the listing covers) and images. */
public final class EcrReaders {
    private EcrReaders() {}

    public static List<ShapeReader> all() {
        return List.of(new Repositories(), new Images());
    }

    /** Which images of `repository` a describe-images command asked for (--image-ids imageTag=…,imageDigest=…). */
    public static EcrImageListing imageListing(ReadContext ctx, String repository, boolean truncated) {
        java.util.List<String> tags = new java.util.ArrayList<>();
        java.util.List<String> digests = new java.util.ArrayList<>();
        for (String id : ctx.options("--image-ids")) {
            for (String part : id.split(",")) {
                if (part.startsWith("imageTag=")) tags.add(part.substring("imageTag=".length()));
                if (part.startsWith("imageDigest=")) digests.add(part.substring("imageDigest=".length()));
            }
        }
        String command = "aws ecr describe-images --repository-name " + repository + " --region " + ctx.region();
        return new EcrImageListing(ctx.region(), repository, tags, digests, truncated || ctx.option("--max-items") != null, command);
    }

    static final class Repositories implements ShapeReader {
        public String shape() { return "ecr describe-repositories"; }

        public boolean accepts(JsonNode root) { return root.path("repositories").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            ctx.add(new EcrListing(ctx.region(), ctx.options("--repository-names"),
                    root.hasNonNull("nextToken") || ctx.option("--max-items") != null));
            for (JsonNode r : array(root, "repositories")) {
                String arn = text(r, "repositoryArn");
                ctx.add(new EcrRepository(arn != null ? ctx.regionOf(arn) : ctx.region(), text(r, "registryId"),
                        text(r, "repositoryName"), text(r, "repositoryUri")));
            }
        }
    }

    static final class Images implements ShapeReader {
        public String shape() { return "ecr describe-images"; }

        public boolean accepts(JsonNode root) { return root.path("imageDetails").isArray(); }

        public void read(JsonNode root, ReadContext ctx) {
            String repository = ctx.option("--repository-name");
            if (repository == null && root.path("imageDetails").size() > 0) repository = text(root.path("imageDetails").get(0), "repositoryName");
            if (repository != null) ctx.add(imageListing(ctx, repository, root.hasNonNull("nextToken")));
            for (JsonNode i : array(root, "imageDetails")) {
                ctx.add(new EcrImage(ctx.region(), text(i, "repositoryName"), strings(i, "imageTags"), text(i, "imageDigest"),
                        io.ecstriage.ingest.Times.instant(i.get("imagePushedAt"))));
            }
        }
    }
}
