package io.ecstriage.live;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The AWS emulator for the integration tests: moto in server mode from the project's own venv (.venv/, made by
 * scripts/moto-venv.sh when missing), on 127.0.0.1 and a free port, one per test JVM, stopped at its end.
 * Skipped with -DskipITs.
 */
public final class MotoServer implements ExtensionContext.Store.CloseableResource {
    private final Process process;
    private final String endpoint;
    private final Path python;

    private MotoServer(Process process, String endpoint, Path python) {
        this.process = process;
        this.endpoint = endpoint;
        this.python = python;
    }

    /** The shared server, started on first use; the test is skipped (not failed) under -DskipITs. */
    public static MotoServer get(ExtensionContext context) {
        assumeFalse(Boolean.parseBoolean(System.getProperty("ecstriage.skipITs", "false")), "integration tests skipped (-DskipITs)");
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(MotoServer.class, k -> start(), MotoServer.class);
    }

    private static MotoServer start() {
        try {
            Path project = TestDiagnosis.projectDir();
            Process venv = new ProcessBuilder("bash", project.resolve("scripts/moto-venv.sh").toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String python = new String(venv.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (venv.waitFor() != 0 || python.isEmpty()) throw new IllegalStateException("scripts/moto-venv.sh failed");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = Files.createTempFile("moto-", ".log");
            Path bin = Path.of(python).getParent();
            Process p = new ProcessBuilder(bin.resolve("moto_server").toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String endpoint = "http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) throw new IllegalStateException("moto_server exited: " + Files.readString(log));
                try {
                    HttpURLConnection c = (HttpURLConnection) URI.create(endpoint + "/moto-api/data.json").toURL().openConnection();
                    c.setConnectTimeout(500);
                    if (c.getResponseCode() == 200) return new MotoServer(p, endpoint, Path.of(python));
                } catch (IOException e) {
                    Thread.sleep(200);
                }
            }
            p.destroyForcibly();
            throw new IllegalStateException("moto_server did not answer on " + endpoint + " within 60 s");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start moto: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String endpoint() {
        return endpoint;
    }

    /** The venv's bin/ (python, aws, moto_server). */
    public Path bin() {
        return python.getParent();
    }

    /**
     * Every backend's state as moto dumps it (service → model class → objects): what a diagnosis must leave
     * unchanged, each class's objects as a set. Left out: what moto makes by itself the first time a Region's backend
     * is touched by any call, read or not (EC2's public AMIs, IAM's account summaries).
     */
    public Map<String, JsonNode> state() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(endpoint + "/moto-api/data.json").toURL().openConnection();
            JsonNode root = new ObjectMapper().readTree(c.getInputStream());
            Map<String, JsonNode> out = new TreeMap<>();
            root.fields().forEachRemaining(svc -> svc.getValue().fields().forEachRemaining(cls -> {
                String key = svc.getKey() + "." + cls.getKey();
                if (LAZY_DEFAULTS.contains(key) || cls.getValue().isEmpty()) return;
                // moto lists every model object ever made, and some reads make transient copies (ECR images): a set
                java.util.Set<String> distinct = new java.util.TreeSet<>();
                cls.getValue().forEach(o -> distinct.add(o.toString()));
                out.put(key, new ObjectMapper().valueToTree(distinct));
            }));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Set<String> LAZY_DEFAULTS = java.util.Set.of("ec2.Ami", "iam.AccountSummary");

    /** The model classes whose objects differ between two states (for a readable failure). */
    public static java.util.List<String> changed(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(before.get(k), after.get(k))).toList();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
