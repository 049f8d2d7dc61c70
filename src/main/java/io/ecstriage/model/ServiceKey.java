package io.ecstriage.model;

/**
 * The full identity of an ECS service: Region, account, cluster and name ("eu-west-1:123456789012:prod/api").
 * One account often runs a service `api` in each environment's cluster, so services, their tasks, load balancer
 * links and derived facts join on this, never on the name.
 */
public final class ServiceKey {
    private ServiceKey() {}

    /** @param clusterArn the cluster's ARN or bare name; null when the capture did not say */
    public static String of(String region, String clusterArn, String serviceName) {
        if (serviceName == null) return null;
        String arnRegion = Arns.region(clusterArn);
        String account = Arns.account(clusterArn);
        String cluster = clusterArn == null ? "" : Arns.lastSegment(clusterArn);
        return (arnRegion != null ? arnRegion : region) + ":" + (account == null ? "" : account) + ":" + cluster + "/" + serviceName;
    }
}
