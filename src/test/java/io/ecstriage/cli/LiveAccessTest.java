package io.ecstriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live mode without usable AWS: one line and exit 3; wrong option combinations: exit 2. */
class LiveAccessTest {

    @Test
    void noCredentialsAtAllIsOneLineAndExitThree(@TempDir Path home) throws Exception {
        // a separate JVM: the SDK's default chain reads the process environment and ~/.aws, which a test cannot fake in-process
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "diagnose", "--cluster", "c", "--region", "eu-west-1", "--endpoint-url", "http://127.0.0.1:9");
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("HOME", home.toString());
        env.put("AWS_CONFIG_FILE", home.resolve("none").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("none").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), out + err);
        assertEquals("", out);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("ecs-triage: no AWS credentials found"), err);
    }

    @Test
    void anUnreachableEndpointIsExitThree() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        Cli.Result r = Cli.run(new Terminal(false, Map.of("AWS_ACCESS_KEY_ID", "k", "AWS_SECRET_ACCESS_KEY", "s")),
                java.io.InputStream.nullInputStream(), "diagnose", "--cluster", "c", "--region", "eu-west-1",
                "--endpoint-url", "http://127.0.0.1:" + port);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().startsWith("ecs-triage: cannot reach AWS at http://127.0.0.1:" + port), r.err());
        assertEquals(1, r.errLines().size(), r.err());
    }

    @Test
    void sourcesExcludeEachOther() {
        assertEquals(2, Cli.run("diagnose").exit());
        Cli.Result both = Cli.run("diagnose", "--fixture", "x.json", "--cluster", "c");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--fixture, --stack and --cluster exclude each other"), both.err());
        assertEquals(2, Cli.run("diagnose", "--stack", "s", "--service", "web").exit());
        assertEquals(2, Cli.run("snapshot", "--out", "x.json").exit());
        assertEquals(2, Cli.run("diagnose", "--fixture", "x.json", "--endpoint-url", "http://localhost:1").exit());
    }
}
