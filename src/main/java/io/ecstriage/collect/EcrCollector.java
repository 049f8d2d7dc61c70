package io.ecstriage.collect;

import io.ecstriage.aws.AwsCall;
import io.ecstriage.aws.AwsClients;
import java.util.List;
import software.amazon.awssdk.services.ecr.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ecr.model.DescribeRepositoriesResponse;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;
import software.amazon.awssdk.services.ecr.model.Repository;

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
    public List<Repository> describeRepositories(String region, List<String> names) {
        DescribeRepositoriesResponse r = rec.call(DESCRIBE_REPOSITORIES.withAll("--repository-names", names)
                .in(region), () -> DescribeRepositoriesResponse.builder().repositories(aws.ecr(region)
                        .describeRepositoriesPaginator(b -> b.repositoryNames(names.isEmpty() ? null : names)).repositories()
                        .stream().toList()).build());
        return r == null ? null : r.repositories();
    }

    /** One image by tag or digest. */
    public void describeImage(String region, String repository, String tag, String digest) {
        ImageIdentifier id = digest != null ? ImageIdentifier.builder().imageDigest(digest).build()
                : ImageIdentifier.builder().imageTag(tag).build();
        String option = digest != null ? "imageDigest=" + digest : "imageTag=" + tag;
        rec.call(DESCRIBE_IMAGES.with("--repository-name", repository).with("--image-ids", option)
                .in(region), () -> DescribeImagesResponse.builder().imageDetails(aws.ecr(region)
                        .describeImagesPaginator(b -> b.repositoryName(repository).imageIds(id)).imageDetails().stream().toList()).build());
    }
}
