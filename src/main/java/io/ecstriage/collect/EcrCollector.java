package io.ecstriage.collect;

import static io.ecstriage.collect.Nodes.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;
import java.util.Map;

/** ECR reads: repositories (all of a Region, or by name) and the image a task definition names. */
public final class EcrCollector implements Collector {
    static final AwsCall DESCRIBE_REPOSITORIES = AwsCall.of("ecr", "describe-repositories");
    static final AwsCall DESCRIBE_IMAGES = AwsCall.of("ecr", "describe-images");
    private final AwsClients aws;
    private final Recorder rec;

    public EcrCollector(AwsClients aws, Recorder rec) {
        this.aws = aws;
        this.rec = rec;
    }

    @Override
    public List<AwsCall> reads() {
        return List.of(DESCRIBE_REPOSITORIES, DESCRIBE_IMAGES);
    }

    /** With no names, every repository of the Region; null when the call failed (a missing name fails it). */
    public List<JsonNode> describeRepositories(String region, List<String> names) {
        ObjectNode r = rec.read(DESCRIBE_REPOSITORIES.withAll("--repository-names", names).in(region),
                () -> aws.wire().paginate("ecr", region, "DescribeRepositories", params("repositoryNames", names.isEmpty() ? null : names), 0));
        return r == null ? null : Nodes.list(r, "repositories");
    }

    /** One image by tag or digest. */
    public void describeImage(String region, String repository, String tag, String digest) {
        rec.read(imageCall(region, repository, tag, digest),
                () -> aws.wire().paginate("ecr", region, "DescribeImages", imageParams(repository, tag, digest), 0));
    }

    /** As {@link #describeImage}, but read before its repository is known to exist: recorded by {@link Recorder#keep}. */
    public Recorder.Ahead imageAhead(String region, String repository, String tag, String digest) {
        return rec.readAhead(imageCall(region, repository, tag, digest),
                () -> aws.wire().paginateOnce("ecr", region, "DescribeImages", imageParams(repository, tag, digest), 0),
                () -> describeImage(region, repository, tag, digest));
    }

    private static AwsCall imageCall(String region, String repository, String tag, String digest) {
        String option = digest != null ? "imageDigest=" + digest : "imageTag=" + tag;
        return DESCRIBE_IMAGES.with("--repository-name", repository).with("--image-ids", option).in(region);
    }

    private static Map<String, Object> imageParams(String repository, String tag, String digest) {
        Map<String, String> id = digest != null ? Map.of("imageDigest", digest) : Map.of("imageTag", tag);
        return params("repositoryName", repository, "imageIds", List.of(id));
    }
}
