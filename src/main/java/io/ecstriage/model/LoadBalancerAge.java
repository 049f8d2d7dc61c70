package io.ecstriage.model;

import java.util.Locale;

/** How long a load balancer had existed when the snapshot was taken, and its state then. */
public record LoadBalancerAge(String region, String arn, String name, String dnsName, String stateCode, long minutes) implements Regional {

    /** A load balancer younger than this may not answer yet: its DNS name is still propagating. */
    public static final long FRESH_MINUTES = 10;

    public boolean fresh() {
        return "provisioning".equalsIgnoreCase(stateCode) || minutes < FRESH_MINUTES;
    }

    /** True when a normalised text names this load balancer's DNS name. */
    public boolean namedIn(String norm) {
        return dnsName != null && norm != null && norm.contains(dnsName.toLowerCase(Locale.ROOT));
    }
}
