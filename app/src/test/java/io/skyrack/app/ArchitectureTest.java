package io.skyrack.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rule of DESIGN.md: app → planner-core → {thermal-model, gpu-profiles}; UI libraries only in app. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.skyrack");
    }

    @Test
    void coreModulesUseNoUiLibraries() {
        noClasses().that().resideInAnyPackage("io.skyrack.core..", "io.skyrack.thermal..", "io.skyrack.gpu..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxyz3d..", "org.controlsfx..", "atlantafx..",
                        "java.awt..", "javax.swing..")
                .check(classes);
    }

    @Test
    void coreDoesNotReachUpIntoTheApp() {
        noClasses().that().resideInAnyPackage("io.skyrack.core..", "io.skyrack.thermal..", "io.skyrack.gpu..")
                .should().dependOnClassesThat().resideInAPackage("io.skyrack.app..")
                .check(classes);
    }

    @Test
    void thermalModelDependsOnHipparchusOnly() {
        noClasses().that().resideInAPackage("io.skyrack.thermal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.orekit..", "io.skyrack.core..",
                        "io.skyrack.gpu..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void gpuProfilesStandAlone() {
        noClasses().that().resideInAPackage("io.skyrack.gpu..")
                .should().dependOnClassesThat().resideInAnyPackage("org.orekit..", "io.skyrack.core..",
                        "io.skyrack.thermal..")
                .check(classes);
    }

    @Test
    void planModelIsIndependentOfPersistenceAndOrekit() {
        noClasses().that().resideInAPackage("io.skyrack.core.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.orekit..",
                        "io.skyrack.core.persistence..", "picocli..")
                .check(classes);
    }
}
