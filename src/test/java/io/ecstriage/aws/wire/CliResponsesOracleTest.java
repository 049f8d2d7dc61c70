package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecstriage.json.JsonTrees;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wire decoders print what the product prints today: every response recorded from moto for the AppCDS
 * training (cli/warm-up-responses.json, scripts/record-warm-up-responses.sh) decoded by CliResponses / CliErrors
 * and by the SDK's unmarshaller + aws/CliJson must give the same JSON text (member order, number forms and
 * timestamps included) and the same error code and message.
 */
class CliResponsesOracleTest {
    static final List<String> SERVICES = List.of("ecs", "ec2", "elbv2", "cloudformation", "logs", "ecr", "iam", "sts", "amplify");
    private static final JsonTrees JSON = new JsonTrees();
    @RegisterExtension
    static final SdkOracle.PerClass SDK = new SdkOracle.PerClass();

    @Test
    void everyRecordedResponseDecodesAsTheSdkAndCliJsonPrintIt() throws Exception {
        JsonNode recording;
        try (InputStream in = getClass().getResourceAsStream("/io/ecstriage/cli/warm-up-responses.json")) {
            assertNotNull(in, "the recording is on the classpath");
            recording = JSON.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        int successes = 0;
        int errors = 0;
        List<String> operations = new ArrayList<>();
        for (JsonNode replay : recording.path("replays")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = replay.path("responses").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> r = it.next();
                String[] serviceAndOperation = serviceAndOperation(r.getKey());
                JsonNode answer = r.getValue();
                boolean ok = assertSameAsSdk(serviceAndOperation[0], serviceAndOperation[1], answer.path("status").asInt(),
                        answer.path("contentType").asText(), answer.path("body").asText());
                if (ok) successes++;
                else errors++;
                if (!operations.contains(r.getKey())) operations.add(r.getKey());
            }
        }
        // 3 diagnoses of the bench's incidents: 61 answers of 27 operations, 9 of them errors (IAM, Logs, ECR)
        assertEquals(52, successes, operations.toString());
        assertEquals(9, errors);
        assertEquals(27, operations.size());
    }

    /** Decodes the body both ways and asserts the same result; true when it was a success. */
    static boolean assertSameAsSdk(String service, String operation, int status, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkOracle.Answer expected = SDK.get().answer(service, operation, status, contentType, bytes);
        String what = service + " " + operation + " " + status + ": " + body;
        if (expected.output() != null) {
            ObjectNode actual = CliResponses.decode(service, operation, bytes);
            assertEquals(JSON.pretty(expected.output()), JSON.pretty(actual), what);
            return true;
        }
        CliError actual = CliErrors.decode(service, status, bytes);
        assertEquals(expected.errorCode(), actual.code(), what);
        assertEquals(expected.errorMessage(), actual.message(), what);
        return false;
    }

    /** The recording's key (`Prefix.Operation` for JSON targets, `Action@Version` for query forms) as service and operation. */
    private static String[] serviceAndOperation(String key) {
        for (String service : SERVICES) {
            ServiceModel model = ServiceModel.of(service);
            if (model.targetPrefix() != null && key.startsWith(model.targetPrefix() + ".")) {
                return new String[] {service, key.substring(model.targetPrefix().length() + 1)};
            }
            if (key.endsWith("@" + model.apiVersion()) && !model.protocol().startsWith("rest")) {
                return new String[] {service, key.substring(0, key.indexOf('@'))};
            }
        }
        throw new AssertionError("no wire model answers " + key);
    }

    @Test
    void theRecordingHoldsTheProtocolsItIsMeantToCheck() {
        Map<String, String> protocols = Map.of("ec2", "ec2", "elbv2", "query", "cloudformation", "query", "iam", "query", "sts", "query",
                "ecs", "json", "logs", "json", "ecr", "json", "amplify", "rest-json");
        protocols.forEach((service, protocol) -> assertEquals(protocol, ServiceModel.of(service).protocol(), service));
        assertTrue(ServiceModel.of("ecs").targetPrefix().startsWith("AmazonEC2ContainerService"));
        assertEquals("elasticloadbalancing", ServiceModel.of("elbv2").signingName());
        assertEquals("ecr", ServiceModel.of("ecr").signingName());
        assertEquals("iam.amazonaws.com", ServiceModel.of("iam").globalEndpoint());
        assertEquals(null, ServiceModel.of("ecs").globalEndpoint());
        assertEquals("DescribeVpcAttribute", ServiceModel.of("ec2").operationName("describe-vpc-attribute"));
    }
}
