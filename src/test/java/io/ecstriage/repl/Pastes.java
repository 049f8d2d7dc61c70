package io.ecstriage.repl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecstriage.TestDiagnosis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Pretty-printed `aws` outputs of the seed003-1 incident (missing log group), as an engineer would paste them. */
final class Pastes {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String REASON = "Stopped | ResourceInitializationError: failed to validate logger args: create stream has been retried"
            + " 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist."
            + " : exit status 1";

    private Pastes() {}

    /** The fixture's captures: describe-services, describe-tasks, describe-task-definition, describe-log-groups. */
    static List<JsonNode> captures() {
        try {
            JsonNode root = JSON.readTree(Files.readString(TestDiagnosis.projectDir()
                    .resolve("fixtures/scenarios/seed003-1-log-group-missing/snapshot.json")));
            List<JsonNode> out = new ArrayList<>();
            root.path("captures").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "$ aws …" then the output, indented over many lines. */
    static String paste(int capture) {
        JsonNode c = captures().get(capture);
        try {
            return "$ " + c.get("command").asText() + "\n" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(c.get("output")) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String output(int capture) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(captures().get(capture).get("output"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String command(int capture) {
        return captures().get(capture).get("command").asText();
    }
}
