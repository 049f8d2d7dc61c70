package io.ecstriage.aws;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Whether a named profile exists in the aws CLI's files, so a typo is one line and not the SDK's chain of failures. */
final class AwsProfiles {
    private AwsProfiles() {}

    /** @throws AwsAccessException "profile X not found in ~/.aws/config or ~/.aws/credentials" */
    static void requireExists(String profile, Map<String, String> env) {
        Path config = file(env, "AWS_CONFIG_FILE", "config");
        Path credentials = file(env, "AWS_SHARED_CREDENTIALS_FILE", "credentials");
        if (ProfileKeys.section(config, ProfileKeys.configSections(profile)) != null || ProfileKeys.section(credentials, List.of(profile)) != null) return;
        throw new AwsAccessException("profile " + profile + " not found in " + shown(env, "AWS_CONFIG_FILE", config, "~/.aws/config")
                + " or " + shown(env, "AWS_SHARED_CREDENTIALS_FILE", credentials, "~/.aws/credentials"), null);
    }

    /** The aws CLI's config or credentials file: the variable's path when set (~ expanded), else ~/.aws/NAME. */
    static Path file(Map<String, String> env, String variable, String name) {
        String set = AwsOptions.blankToNull(env.get(variable));
        if (set != null) return Path.of(set.startsWith("~/") ? home(env) + set.substring(1) : set);
        return Path.of(home(env), ".aws", name);
    }

    private static String home(Map<String, String> env) {
        String home = AwsOptions.blankToNull(env.get("HOME"));
        return home != null ? home : System.getProperty("user.home");
    }

    private static String shown(Map<String, String> env, String variable, Path file, String usual) {
        return AwsOptions.blankToNull(env.get(variable)) == null ? usual : file.toString();
    }
}
