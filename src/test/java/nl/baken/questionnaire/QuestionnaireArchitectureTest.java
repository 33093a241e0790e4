package nl.baken.questionnaire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The questionnaire engine stays free of UI and database code, so the wizard, CLI and tests can all use it. */
class QuestionnaireArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.baken.questionnaire");

    @Test
    void noJavaFxNoDatabase() {
        noClasses().that().resideInAPackage("nl.baken.questionnaire..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "org.h2..", "org.flywaydb..")
                .because("the questionnaire engine is pure domain code (ARCHITECTURE.md)")
                .check(classes);
    }
}
