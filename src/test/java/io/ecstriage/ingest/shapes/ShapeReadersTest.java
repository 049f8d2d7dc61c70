package io.ecstriage.ingest.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ecstriage.ingest.ShapeReader;
import io.ecstriage.json.JsonTrees;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShapeReadersTest {

    /** A reader written but not listed would leave its output "unrecognised" with no error anywhere. */
    @Test
    void everyReaderInThePackageIsListedOnce() {
        Set<String> written = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ecstriage.ingest.shapes").stream()
                .filter(c -> c.isAssignableTo(ShapeReader.class) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        List<String> listed = ShapeReaders.all(new JsonTrees()).stream().map(r -> r.getClass().getName()).toList();

        assertEquals(written, new TreeSet<>(listed));
        assertEquals(listed.size(), Set.copyOf(listed).size(), () -> "listed twice: " + listed);
    }
}
