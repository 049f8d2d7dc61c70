package io.ecstriage.ingest.shapes;

import static io.ecstriage.ingest.Json.array;
import static io.ecstriage.ingest.Json.strings;
import static io.ecstriage.ingest.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.ingest.ReadContext;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.model.EcrImage;
import io.ecstriage.model.EcrListing;
import io.ecstriage.model.EcrRepository;
import java.util.List;

/** ECR outputs: repositories (and which names the listing covers) and images. */
public final class EcrReaders {
    private EcrReaders() {}

    public static List<ShapeReader> all() {
        return List.of(new Repositories(), new Images());
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
            for (JsonNode i : array(root, "imageDetails")) {
                ctx.add(new EcrImage(ctx.region(), text(i, "repositoryName"), strings(i, "imageTags"), text(i, "imageDigest")));
            }
        }
    }
}
