package io.ecstriage.aws;

import java.util.Map;

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

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
