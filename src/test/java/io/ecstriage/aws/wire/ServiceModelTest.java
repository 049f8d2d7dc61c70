package io.ecstriage.aws.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecstriage.json.JsonTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A model read line by line, its shapes parsed when first asked for, holds what the whole file parsed at once holds. */
class ServiceModelTest {
    private static final Path MODELS = Path.of("src/main/resources/io/ecstriage/aws/wire/models");

    @Test
    void everyBundledModelsShapesAndOperationsAreThoseOfTheWholeFile() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(MODELS)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(9, files.size(), "the nine trimmed models");
        for (Path file : files) {
            String service = file.getFileName().toString().replace(".json", "");
            String text = Files.readString(file);
            assertSameAsWhole(service, text, ServiceModel.parse(service, text));
        }
    }

    @Test
    void aModelLaidOutOtherwiseIsParsedWhole() throws Exception {
        String text = new JsonTrees().read(Files.readString(MODELS.resolve("logs.json"))).toString(); // one line
        ServiceModel model = ServiceModel.parse("logs", text);
        assertSameAsWhole("logs", text, model);
        assertEquals("json", model.protocol());
    }

    @Test
    void anUnknownShapeIsABugNamed() {
        ServiceModel model = ServiceModel.of("sts");
        assertEquals("sts model has no shape Nope", assertThrows(IllegalStateException.class, () -> model.shape("Nope")).getMessage());
    }

    private static void assertSameAsWhole(String service, String text, ServiceModel model) throws Exception {
        JsonNode whole = new JsonTrees().read(text);
        Set<String> names = new TreeSet<>();
        whole.path("shapes").fieldNames().forEachRemaining(names::add);
        assertEquals(names, new TreeSet<>(model.shapeNames()), service);
        for (String name : names) assertEquals(whole.path("shapes").path(name), model.shape(name), service + " " + name);
        List<String> operations = new ArrayList<>();
        whole.path("operations").fieldNames().forEachRemaining(operations::add);
        for (String op : operations) {
            assertEquals(whole.path("operations").path(op), model.operation(op), service + " " + op);
            assertEquals(whole.path("paginators").path(op), model.paginator(op), service + " " + op);
        }
        assertEquals(whole.path("metadata").path("protocol").asText(), model.protocol(), service);
    }
}
