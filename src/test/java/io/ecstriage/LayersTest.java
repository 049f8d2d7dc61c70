package io.ecstriage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The packages point one way (docs/architecture.md, "Layers"); a new top-level package must be placed here first. */
@AnalyzeClasses(packages = "io.ecstriage", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
    private static final String[] PLACED = {"io.ecstriage.cli..", "io.ecstriage.repl..", "io.ecstriage.watch..", "io.ecstriage.collect..",
            "io.ecstriage.ingest..", "io.ecstriage.diagnosis..", "io.ecstriage.engine..", "io.ecstriage.finding..",
            "io.ecstriage.fix..", "io.ecstriage.report..", "io.ecstriage.model..", "io.ecstriage.aws..",
            "io.ecstriage.json..", "io.ecstriage.concurrent..", "io.ecstriage.rules.."};

    @ArchTest
    static final ArchRule layersPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("io.ecstriage.cli..")
            .layer("repl").definedBy("io.ecstriage.repl..")
            .layer("watch").definedBy("io.ecstriage.watch..")
            .layer("collect").definedBy("io.ecstriage.collect..")
            .layer("ingest").definedBy("io.ecstriage.ingest..")
            .layer("diagnosis").definedBy("io.ecstriage.diagnosis..")
            .layer("engine").definedBy("io.ecstriage.engine..")
            .layer("finding").definedBy("io.ecstriage.finding..")
            .layer("fix").definedBy("io.ecstriage.fix..")
            .layer("report").definedBy("io.ecstriage.report..")
            .layer("model").definedBy("io.ecstriage.model..")
            .layer("aws").definedBy("io.ecstriage.aws..")
            .layer("json").definedBy("io.ecstriage.json..")
            .layer("concurrent").definedBy("io.ecstriage.concurrent..")
            .layer("rules").definedBy("io.ecstriage.rules..") // the DRL, compiled by the kie plugin


            .whereLayer("repl").mayOnlyAccessLayers("watch", "collect", "ingest", "diagnosis", "engine", "finding", "fix",
                    "report", "model", "aws", "json", "concurrent")
            .whereLayer("watch").mayOnlyAccessLayers("collect", "ingest", "diagnosis", "report", "finding", "model", "aws", "json",
                    "concurrent")
            .whereLayer("collect").mayOnlyAccessLayers("ingest", "model", "aws", "json", "concurrent")
            .whereLayer("ingest").mayOnlyAccessLayers("model", "aws", "json", "concurrent")
            .whereLayer("diagnosis").mayOnlyAccessLayers("engine", "finding", "report", "model", "aws", "json", "concurrent")
            .whereLayer("engine").mayOnlyAccessLayers("finding", "fix", "model", "aws", "json", "concurrent")
            .whereLayer("finding").mayOnlyAccessLayers("fix", "model", "aws", "json", "concurrent")
            .whereLayer("fix").mayOnlyAccessLayers("model", "aws", "json", "concurrent")
            .whereLayer("report").mayOnlyAccessLayers("finding", "fix", "model", "aws", "json", "concurrent")
            .whereLayer("model").mayOnlyAccessLayers("aws", "json", "concurrent")
            .whereLayer("aws").mayOnlyAccessLayers("json", "concurrent")
            .whereLayer("json").mayOnlyAccessLayers("concurrent")
            .whereLayer("concurrent").mayNotAccessAnyLayer()
            .whereLayer("rules").mayOnlyAccessLayers("finding", "fix", "model")
            .whereLayer("rules").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("io.ecstriage.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyPackageHasALayer = classes().should().resideInAnyPackage(PLACED);
}
