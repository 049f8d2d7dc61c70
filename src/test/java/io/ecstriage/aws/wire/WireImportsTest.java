package io.ecstriage.aws.wire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The wire client exists to keep the SDK off the run path: this package uses the JDK (its TLS API too), Jackson and json/ only. */
@AnalyzeClasses(packages = "io.ecstriage.aws.wire", importOptions = ImportOption.DoNotIncludeTests.class)
class WireImportsTest {
    @ArchTest
    static final ArchRule onlyJdkJacksonAndJson = classes().that().resideInAPackage("io.ecstriage.aws.wire..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.net.ssl..", "com.fasterxml.jackson..", "io.ecstriage.json..", "io.ecstriage.aws.wire..");
}
