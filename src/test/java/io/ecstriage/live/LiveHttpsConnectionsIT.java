package io.ecstriage.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live run over HTTPS reuses its connections: no more TLS connections than calls in flight at once. The calls that
 * start together at the beginning of a run once each got an SSL socket factory of their own from HttpsURLConnection's
 * unlocked lazy default, and the keep-alive cache (keyed by factory) never gave their connections out again. The run is
 * a fresh JVM (that default is made once per JVM) against moto behind the fault proxy serving TLS with a certificate
 * made here, which the JVM trusts through javax.net.ssl.trustStore.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveHttpsConnectionsIT {
    static final String REGION = "eu-south-2";
    static final String CLUSTER = "https-cluster";
    static final String SERVICE = "https-api";
    static final int MAX_PARALLEL = 4;
    static final String PASSWORD = "test-only";

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback MOTO = ctx -> moto = MotoServer.get(ctx);
    static MotoServer moto;

    @TempDir
    Path tmp;

    @BeforeAll
    void incident() {
        new Emulated(moto, REGION).serviceWithMissingImage(CLUSTER, SERVICE, "10.62");
    }

    @Test
    void connectionsAreReusedAcrossRounds() throws Exception {
        Path keyStore = tmp.resolve("proxy.p12");
        Path cert = tmp.resolve("proxy.pem");
        Path trustStore = tmp.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "proxy", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "proxy", "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "proxy", "-file", cert.toString(), "-keystore", trustStore.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD);

        try (FaultProxy proxy = FaultProxy.start(moto.endpoint(), FaultPlan.none(), 0, FaultProxy.serverContext(keyStore, PASSWORD))) {
            assertTrue(proxy.endpoint().startsWith("https://"), proxy.endpoint());
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=" + PASSWORD,
                    "-cp", System.getProperty("java.class.path"), "io.ecstriage.cli.Main",
                    "diagnose", "--cluster", CLUSTER, "--service", SERVICE, "--region", REGION, "--endpoint-url", proxy.endpoint(),
                    "--max-parallel", String.valueOf(MAX_PARALLEL), "--format", "brief"));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putAll(Emulated.ENV);
            pb.environment().remove("AWS_PROFILE");
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ended");

            assertEquals(1, p.exitValue(), output);
            assertTrue(output.contains("ImageNotFound"), output);
            int calls = proxy.totalCalls();
            int connections = proxy.acceptedConnections();
            // at most MAX_PARALLEL reads at once, and the account check beside them
            assertTrue(calls > 2 * (MAX_PARALLEL + 1), "enough calls to tell reuse from none: " + calls);
            assertTrue(connections <= MAX_PARALLEL + 1, connections + " TLS connections for " + calls + " calls");
        }
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool " + String.join(" ", args) + ": " + out);
    }
}
