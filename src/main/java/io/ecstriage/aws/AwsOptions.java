package io.ecstriage.aws;

import java.util.Map;
import java.util.Objects;

/**
 * Where and as whom to call AWS, as the aws CLI takes it: options first, then the environment
 * (AWS_REGION / AWS_DEFAULT_REGION, AWS_PROFILE, AWS_ENDPOINT_URL), then the profile's config.
 */
public record AwsOptions(String region, String profile, String endpointUrl, Map<String, String> env) {

    public AwsOptions {
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    public String profileOrEnv() {
        if (profile != null) return profile;
        return blankToNull(env.get("AWS_PROFILE"));
    }

    public String endpointOrEnv() {
        if (endpointUrl != null) return endpointUrl;
        return blankToNull(env.get("AWS_ENDPOINT_URL"));
    }

    // written out: the generated ones link a bootstrap at their first call, in a live run's head start (RecordMethodsTest)
    @Override
    public boolean equals(Object other) {
        return other instanceof AwsOptions o && Objects.equals(region, o.region) && Objects.equals(profile, o.profile)
                && Objects.equals(endpointUrl, o.endpointUrl) && Objects.equals(env, o.env);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(region);
        h = 31 * h + Objects.hashCode(profile);
        h = 31 * h + Objects.hashCode(endpointUrl);
        return 31 * h + Objects.hashCode(env);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
