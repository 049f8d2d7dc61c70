package io.ecstriage.aws;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.profiles.ProfileFile;

/** Whether a named profile exists in the aws CLI's files, so a typo is one line and not the SDK's chain of failures. */
final class AwsProfiles {
    private AwsProfiles() {}

    /** @throws AwsAccessException "profile X not found in ~/.aws/config or ~/.aws/credentials" */
    static void requireExists(String profile, Map<String, String> env) {
        Path config = file(env, "AWS_CONFIG_FILE", "config");
        Path credentials = file(env, "AWS_SHARED_CREDENTIALS_FILE", "credentials");
        if (has(config, ProfileFile.Type.CONFIGURATION, profile) || has(credentials, ProfileFile.Type.CREDENTIALS, profile)) return;
        throw new AwsAccessException("profile " + profile + " not found in " + shown(env, "AWS_CONFIG_FILE", config, "~/.aws/config")
                + " or " + shown(env, "AWS_SHARED_CREDENTIALS_FILE", credentials, "~/.aws/credentials"), null);
    }

    private static Path file(Map<String, String> env, String variable, String name) {
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

    private static boolean has(Path file, ProfileFile.Type type, String profile) {
        if (!Files.isRegularFile(file)) return false;
        try {
            return ProfileFile.builder().content(file).type(type).build().profile(profile).isPresent();
        } catch (RuntimeException e) {
            return false; // an unreadable file holds no profile the SDK could use either
        }
    }
}
