package io.ecstriage.aws;

import io.ecstriage.aws.wire.SigV4;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Static keys of a profile, read from the aws CLI's credentials and config files without the SDK: the common case
 * of `aws configure`. A profile that gets its keys any other way (a role to assume, SSO, a credential process, a
 * source profile) is left to the SDK's chain, as is everything when the files cannot be read.
 */
final class ProfileKeys {
    private static final Set<String> OTHER_SOURCES = Set.of("role_arn", "source_profile", "credential_source", "credential_process",
            "sso_session", "sso_start_url", "sso_account_id", "sso_role_name", "web_identity_token_file");

    private ProfileKeys() {}

    /** @return the profile's static keys, or null when it has none or gets them another way */
    static SigV4.Credentials of(String profile, Map<String, String> env) {
        String name = profile == null ? "default" : profile;
        Map<String, String> merged = new HashMap<>();
        Map<String, String> config = section(AwsProfiles.file(env, "AWS_CONFIG_FILE", "config"), configSections(name));
        Map<String, String> credentials = section(AwsProfiles.file(env, "AWS_SHARED_CREDENTIALS_FILE", "credentials"), List.of(name));
        if (config == null && credentials == null) return null;
        if (config != null) merged.putAll(config);
        if (credentials != null) merged.putAll(credentials); // the credentials file wins, as in the CLI
        if (merged.keySet().stream().anyMatch(OTHER_SOURCES::contains)) return null;
        String key = merged.get("aws_access_key_id");
        String secret = merged.get("aws_secret_access_key");
        if (key == null || key.isEmpty() || secret == null || secret.isEmpty()) return null;
        String token = merged.get("aws_session_token");
        return new SigV4.Credentials(key, secret, token == null || token.isEmpty() ? null : token);
    }

    /** A profile's section names in the config file: [profile NAME], or [default] for the default profile. */
    static List<String> configSections(String profile) {
        return profile.equals("default") ? List.of("default", "profile default") : List.of("profile " + profile);
    }

    /** The properties of the first of `names` found as a [section]; null when the file or section is absent. */
    static Map<String, String> section(Path file, List<String> names) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) return null;
            lines = Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, String> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                String section = line.substring(1, line.length() - 1).strip().replaceAll("\\s+", " ");
                current = sections.computeIfAbsent(section, k -> new HashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (current == null || eq < 0 || Character.isWhitespace(raw.charAt(0))) continue; // nested (s3 = …) settings are not keys
            current.put(line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT), line.substring(eq + 1).strip());
        }
        for (String n : names) if (sections.containsKey(n)) return sections.get(n);
        return null;
    }
}
