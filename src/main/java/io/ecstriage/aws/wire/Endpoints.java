package io.ecstriage.aws.wire;

import java.net.URI;

/**
 * Where a service's requests go and the Region they are signed for: https://{prefix}.{region}.{dns suffix} in the
 * aws, aws-cn and aws-us-gov partitions; IAM's one global endpoint per partition (signed for that partition's first
 * Region); STS regional, as the SDK resolves it today. An endpoint override (--endpoint-url, AWS_ENDPOINT_URL) takes
 * every service, signed for the same Region as without it.
 */
public final class Endpoints {
    private final URI override;

    /** @param override every request's URL, or null for AWS's own endpoints */
    public Endpoints(URI override) {
        this.override = override;
    }

    public record Endpoint(URI uri, String signingRegion) {}

    public Endpoint of(String service, String region) {
        String prefix = ServiceModel.of(service).endpointPrefix();
        String signingRegion = region;
        String host;
        if (service.equals("iam")) {
            switch (partition(region)) {
                case CN -> { host = "iam.cn-north-1.amazonaws.com.cn"; signingRegion = "cn-north-1"; }
                case US_GOV -> { host = "iam.us-gov.amazonaws.com"; signingRegion = "us-gov-west-1"; }
                default -> { host = "iam.amazonaws.com"; signingRegion = "us-east-1"; }
            }
        } else {
            host = prefix + "." + region + "." + (partition(region) == Partition.CN ? "amazonaws.com.cn" : "amazonaws.com");
        }
        return new Endpoint(override != null ? base(override) : URI.create("https://" + host + "/"), signingRegion);
    }

    enum Partition { AWS, CN, US_GOV }

    static Partition partition(String region) {
        if (region.startsWith("cn-")) return Partition.CN;
        if (region.startsWith("us-gov-")) return Partition.US_GOV;
        return Partition.AWS;
    }

    /** The override with an empty path made "/": requests of the query and JSON protocols are POSTed to the root. */
    private static URI base(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? uri.resolve("/") : uri;
    }
}
