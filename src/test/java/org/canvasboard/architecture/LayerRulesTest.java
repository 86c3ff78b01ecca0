package org.canvasboard.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Keeps the layer arrows of ARCHITECTURE.md true: app -> ui -> viewmodel -> model, viewmodel -> persistence -> model. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.canvasboard");
    }

    /** The rules below would pass on nothing if the importer could not read our class files. */
    @Test
    void theImporterReadsEveryLayer() {
        for (String layer : new String[] {"app", "ui.canvas", "viewmodel", "persistence", "export", "model"}) {
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().equals("org.canvasboard." + layer)
                    && !c.getMethods().isEmpty()), "classes of org.canvasboard." + layer + " were read");
        }
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("App").definedBy("org.canvasboard.app..")
                .layer("Ui").definedBy("org.canvasboard.ui..")
                .layer("ViewModel").definedBy("org.canvasboard.viewmodel..")
                .layer("Persistence").definedBy("org.canvasboard.persistence..")
                .layer("Export").definedBy("org.canvasboard.export..")
                .layer("Model").definedBy("org.canvasboard.model..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("ViewModel").mayOnlyBeAccessedByLayers("Ui", "App")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("ViewModel", "App")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Persistence", "Export", "ViewModel", "Ui", "App")
                .check(classes);
    }

    @Test
    void modelIsPlainJava() {
        noClasses().that().resideInAPackage("org.canvasboard.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "java.io..", "java.nio..")
                .check(classes);
    }

    @Test
    void persistenceKnowsNoJavaFx() {
        noClasses().that().resideInAPackage("org.canvasboard.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewModelsBuildNoViews() {
        noClasses().that().resideInAPackage("org.canvasboard.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void viewsDoNotReadOrWriteFiles() {
        noClasses().that().resideInAPackage("org.canvasboard.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.canvasboard.persistence..", "java.nio.file..")
                .check(classes);
    }
}
