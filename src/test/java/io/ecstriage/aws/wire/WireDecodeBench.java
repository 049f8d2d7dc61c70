package io.ecstriage.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import io.ecstriage.json.JsonTrees;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * One-shot measurement for docs/live.md ("Wire client"): decodes every recorded response
 * (cli/warm-up-responses.json) in a fresh JVM, either not at all (`baseline`: the JVM and reading the recording), with the wire decoders (`wire`), with them after fetching each body
 * from a local server through java.net (`wire-http`), or with the SDK's clients against that server + CliJson (`sdk`), and prints classes loaded, process CPU and wall time.
 * Run: java [launcher flags] -cp target/classes:target/test-classes:DEPS io.ecstriage.aws.wire.WireDecodeBench baseline|wire|wire-http|sdk [rounds]
 */
public final class WireDecodeBench {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String mode = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        JsonTrees json = new JsonTrees(); // writes the output as the product does (ObjectNode.toString would load databind's ObjectMapper)
        JsonNode recording;
        try (InputStream in = WireDecodeBench.class.getResourceAsStream("/io/ecstriage/cli/warm-up-responses.json")) {
            recording = json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        int decoded = 0;
        long chars = 0;
        try (SdkOracle server = mode.equals("wire") || mode.equals("baseline") ? null : new SdkOracle()) {
            SdkOracle sdk = mode.equals("sdk") ? server : null;
            for (int round = 0; round < rounds; round++) {
                for (JsonNode replay : recording.path("replays")) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = replay.path("responses").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> r = it.next();
                        String[] so = serviceAndOperation(r.getKey());
                        int status = r.getValue().path("status").asInt();
                        byte[] body = r.getValue().path("body").asText().getBytes(StandardCharsets.UTF_8);
                        if (mode.equals("wire-http")) body = server.served(status, r.getValue().path("contentType").asText(), body);
                        if (sdk != null) {
                            SdkOracle.Answer a = sdk.answer(so[0], so[1], status, r.getValue().path("contentType").asText(), body);
                            chars += a.output() != null ? json.compact(a.output()).length() : a.errorCode().length();
                        } else if (mode.equals("baseline")) {
                            chars += body.length;
                        } else if (status == 200) {
                            chars += json.compact(CliResponses.decode(so[0], so[1], body)).length();
                        } else {
                            chars += CliErrors.decode(so[0], status, body).code().length();
                        }
                        decoded++;
                    }
                }
            }
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%s: %d responses (%d chars out), classes loaded %d, process CPU %d ms, wall %d ms%n", mode, decoded, chars,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(), os.getProcessCpuTime() / 1_000_000,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String[] serviceAndOperation(String key) {
        for (String service : CliResponsesOracleTest.SERVICES) {
            ServiceModel model = ServiceModel.of(service);
            if (model.targetPrefix() != null && key.startsWith(model.targetPrefix() + ".")) {
                return new String[] {service, key.substring(model.targetPrefix().length() + 1)};
            }
            if (key.endsWith("@" + model.apiVersion()) && !model.protocol().startsWith("rest")) return new String[] {service, key.substring(0, key.indexOf('@'))};
        }
        throw new IllegalArgumentException(key);
    }
}
