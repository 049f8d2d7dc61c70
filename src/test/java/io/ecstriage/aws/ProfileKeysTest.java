package io.ecstriage.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ecstriage.aws.wire.SigV4;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static keys read from the aws CLI's files without the SDK; every other kind of profile is left to the SDK's chain. */
class ProfileKeysTest {
    @TempDir
    Path home;

    private Map<String, String> files(String credentials, String config) throws IOException {
        Files.writeString(home.resolve("credentials"), credentials);
        Files.writeString(home.resolve("config"), config);
        return Map.of("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString(), "AWS_CONFIG_FILE", home.resolve("config").toString());
    }

    @Test
    void theCredentialsFilesKeys_withASessionToken() throws IOException {
        Map<String, String> env = files("[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key=secret0\n\n[dev]\n"
                + "aws_access_key_id=AKIDDEV\naws_secret_access_key = secret1\naws_session_token = token1\n", "");
        assertEquals(new SigV4.Credentials("AKIDDEFAULT", "secret0", null), ProfileKeys.of(null, env));
        assertEquals(new SigV4.Credentials("AKIDDEV", "secret1", "token1"), ProfileKeys.of("dev", env));
    }

    @Test
    void theConfigFilesProfileSection_theCredentialsFileWinning() throws IOException {
        Map<String, String> env = files("[ops]\naws_secret_access_key = fromCredentials\n",
                "[profile ops]\nregion = eu-west-1\naws_access_key_id = AKIDOPS\naws_secret_access_key = fromConfig\n");
        assertEquals(new SigV4.Credentials("AKIDOPS", "fromCredentials", null), ProfileKeys.of("ops", env));
    }

    @Test
    void rolesSsoAndProcesses_areLeftToTheSdk() throws IOException {
        Map<String, String> env = files("[base]\naws_access_key_id=A\naws_secret_access_key=S\n",
                "[profile assume]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n"
                        + "[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\n"
                        + "[profile proc]\ncredential_process = /bin/creds\n");
        assertNull(ProfileKeys.of("assume", env));
        assertNull(ProfileKeys.of("sso", env));
        assertNull(ProfileKeys.of("proc", env));
    }

    @Test
    void aMissingProfileOrFile_hasNoKeys() throws IOException {
        assertNull(ProfileKeys.of("nope", files("[default]\naws_access_key_id=A\naws_secret_access_key=S\n", "")));
        assertNull(ProfileKeys.of(null, Map.of("AWS_SHARED_CREDENTIALS_FILE", home.resolve("none").toString(),
                "AWS_CONFIG_FILE", home.resolve("none").toString())));
    }

    @Test
    void environmentKeysWinUnlessAProfileIsNamed() throws IOException {
        Map<String, String> env = new java.util.HashMap<>(files("[dev]\naws_access_key_id=AKIDDEV\naws_secret_access_key=S\n", ""));
        env.put("AWS_ACCESS_KEY_ID", "AKIDENV");
        env.put("AWS_SECRET_ACCESS_KEY", "envsecret");
        assertEquals("AKIDENV", AwsClients.staticKeys(new AwsOptions("eu-west-1", null, null, env), "dev").accessKeyId());
        assertEquals("AKIDDEV", AwsClients.staticKeys(new AwsOptions("eu-west-1", "dev", null, env), "dev").accessKeyId());
    }
}
