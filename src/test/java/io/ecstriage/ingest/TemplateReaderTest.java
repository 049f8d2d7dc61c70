package io.ecstriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecstriage.TestDiagnosis;
import io.ecstriage.model.TemplateLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateReaderTest {
    private static final Path TEMPLATES = TestDiagnosis.projectDir().resolve("src/test/resources/templates");
    private static final TemplateReader READER = new TemplateReader(InputLoader.DEFAULT_MAX_BYTES);

    @TempDir
    Path dir;

    @Test
    void yamlWithShortFormTagsGivesResourceAndPropertyLines() {
        TemplateLines t = READER.read(TEMPLATES.resolve("task-management-api.yaml").toString(), TestDiagnosis.projectDir());

        assertEquals("src/test/resources/templates/task-management-api.yaml", t.uri());
        assertEquals(OptionalInt.of(18), t.resourceLine("TaskDefinition"));
        assertEquals(OptionalInt.of(30), t.propertyLine("TaskDefinition", "Image"), "a key inside a list item");
        assertEquals(OptionalInt.of(59), t.propertyLine("TargetGroup", "HealthCheckPath"));
        assertEquals(OptionalInt.of(46), t.propertyLine("ECSService", "HealthCheckGracePeriodSeconds"));
        assertEquals(OptionalInt.of(30), t.valueLine("TaskDefinition", "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/task-management-api:latest"));
        assertEquals(OptionalInt.of(26), t.valueLine("TaskDefinition", "TaskExecutionRole.Arn"), "a tagged scalar keeps its value");
        assertEquals(OptionalInt.empty(), t.propertyLine("TaskDefinition", "HealthCheckPath"), "only the resource's own properties");
        assertEquals(OptionalInt.empty(), t.resourceLine("Nope"));
        assertEquals(8, t.resources().size());
    }

    @Test
    void jsonTemplatesGiveTheSameKindOfLines() {
        TemplateLines t = READER.read(TEMPLATES.resolve("task-management-api.json").toString(), TEMPLATES);

        assertEquals("task-management-api.json", t.uri());
        assertEquals(OptionalInt.of(4), t.resourceLine("TaskDefinition"));
        assertEquals(OptionalInt.of(11), t.propertyLine("TaskDefinition", "Image"));
        assertEquals(OptionalInt.of(18), t.propertyLine("TargetGroup", "HealthCheckPath"));
        assertEquals(OptionalInt.of(18), t.valueLine("TargetGroup", "3000"));
    }

    @Test
    void aFileOutsideTheWorkingDirectoryIsAFileUri() throws IOException {
        Path file = Files.writeString(dir.resolve("my stack.yaml"), "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n");

        TemplateLines t = READER.read(file.toString(), TEMPLATES);

        assertTrue(t.uri().startsWith("file:/") && t.uri().endsWith("/my%20stack.yaml"), t.uri());
        assertEquals(OptionalInt.of(2), t.resourceLine("Bucket"));
    }

    @Test
    void badTemplatesAreInputErrorsNamingTheLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "Resources:\n  A:\n    Type: [unclosed\n");
        Path noResources = Files.writeString(dir.resolve("params.yaml"), "Parameters:\n  X: {Type: String}\n");
        Path badJson = Files.writeString(dir.resolve("bad.json"), "{\n \"Resources\": {,\n}\n");

        assertTrue(assertThrows(InputException.class, () -> READER.read(broken.toString(), dir)).getMessage().contains("not valid YAML"));
        assertTrue(assertThrows(InputException.class, () -> READER.read(noResources.toString(), dir)).getMessage().contains("no Resources"));
        String json = assertThrows(InputException.class, () -> READER.read(badJson.toString(), dir)).getMessage();
        assertTrue(json.contains("line 2") && json.contains("not valid JSON"), json);
        assertTrue(assertThrows(InputException.class, () -> READER.read(dir.resolve("missing.yaml").toString(), dir)).getMessage().contains("no such file"));
    }
}
