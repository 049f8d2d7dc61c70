package io.ecstriage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalTest {

    /** The snapshot's dominant Region counts only Regional facts, so a fact that forgets the interface is silently left out. */
    @Test
    void everyFactWithARegionIsRegional() {
        List<Class<?>> withRegion = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ecstriage.model").stream().map(JavaClass::reflect)
                .filter(c -> c.isRecord() && Arrays.stream(c.getRecordComponents())
                        .anyMatch(rc -> rc.getName().equals("region") && rc.getType() == String.class))
                .toList();

        assertFalse(withRegion.isEmpty());
        assertEquals(List.of(), withRegion.stream().filter(c -> !Regional.class.isAssignableFrom(c)).toList());
    }
}
