package io.ecstriage.model;

import java.util.List;

/**
 * What `aws ecs list-container-instances --cluster C` answered: the instances registered to one cluster. Only an
 * unfiltered, complete listing says a cluster has none (a --status or --filter listing is partial).
 */
public record ContainerInstanceListing(String region, String cluster, List<String> containerInstanceArns, boolean partial)
        implements Regional {

    public ContainerInstanceListing {
        containerInstanceArns = List.copyOf(containerInstanceArns);
    }

    public String clusterName() {
        return cluster == null ? null : cluster.startsWith("arn:") ? Arns.lastSegment(cluster) : cluster;
    }

    /** The cluster has no registered container instance at all. */
    public boolean empty() {
        return !partial && containerInstanceArns.isEmpty();
    }
}
