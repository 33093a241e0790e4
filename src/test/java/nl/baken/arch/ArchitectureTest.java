package nl.baken.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps ARCHITECTURE.md's package table true: who may use whom, and where JavaFX, jOOQ and SQL may appear. */
class ArchitectureTest {

    private static JavaClasses classes;

    /** Feature packages and the Baken packages each may use besides itself, i18n and its own ui. */
    private static final Map<String, String[]> MAY_USE = Map.of(
            "vault", new String[] {"store"},
            "store", new String[] {},
            "questionnaire", new String[] {},
            "intake", new String[] {"questionnaire", "store", "audit", "consent", "cases"},
            "cases", new String[] {"store", "questionnaire", "audit"},
            "consent", new String[] {"store", "audit"},
            "audit", new String[] {"store"},
            "referral", new String[] {"questionnaire", "consent", "store", "cases", "intake", "audit"},
            "backup", new String[] {"vault", "store"});

    /**
     * Where one class of a package the table does not allow is used on purpose, with the ADR that says why: the
     * consent purposes {@code share:AUDIENCE} name the questionnaire contract's audiences (ADR 0009).
     */
    private static final Map<String, Map<String, String>> NARROW_USES = Map.of(
            "consent", Map.of("questionnaire", "nl.baken.questionnaire.Audience"));

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.baken");
    }

    @Test
    void domainAndServiceCodeImportsNoJavaFx() {
        noClasses().that().resideInAPackage("nl.baken..")
                .and().resideOutsideOfPackages("..ui..", "nl.baken.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .because("domain and service code must be testable without an FX toolkit (ARCHITECTURE.md)")
                .check(classes);
    }

    @Test
    void viewsImportNoJooqAndNoSql() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..",
                        "nl.baken.store.generated..")
                .because("views bind to view models; only repositories talk to the database")
                .check(classes);
    }

    @Test
    void questionnaireIsPure() {
        noClasses().that().resideInAPackage("nl.baken.questionnaire..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "org.h2..", "nl.baken.store..", "nl.baken.vault..", "nl.baken.intake..")
                .because("the questionnaire model, loader and flow use nothing of FX or the database")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void commandLineNeverUsesViews() {
        noClasses().that().resideInAPackage("nl.baken.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "javafx..")
                .because("the command line calls services, never views")
                .check(classes);
    }

    @Test
    void repositoriesNeverKnowAboutViews() {
        noClasses().that().resideInAnyPackage("nl.baken.store..", "nl.baken.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "nl.baken.app..")
                .because("nothing flows back up: a repository never knows about a view")
                .check(classes);
    }

    @Test
    void featurePackagesUseOnlyWhatTheTableAllows() {
        MAY_USE.forEach((feature, allowed) -> {
            Map<String, String> narrow = NARROW_USES.getOrDefault(feature, Map.of());
            String[] forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(feature) && !java.util.Arrays.asList(allowed).contains(other))
                    .filter(other -> !narrow.containsKey(other))
                    .map(other -> "nl.baken." + other + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("nl.baken." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because(feature + " may use only " + String.join(", ", allowed) + " (ARCHITECTURE.md)")
                    .allowEmptyShould(true)
                    .check(classes);
            noClasses().that().resideInAPackage("nl.baken." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("nl.baken.app..", "nl.baken.cli..")
                    .because("features never reach up into the wiring")
                    .allowEmptyShould(true)
                    .check(classes);
            narrow.forEach((other, onlyClass) -> noClasses().that().resideInAPackage("nl.baken." + feature + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                            .resideInAPackage("nl.baken." + other + "..")
                            .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name(onlyClass))))
                    .because(feature + " may use only " + onlyClass + " of " + other + " (ADR 0009)")
                    .check(classes));
        });
    }

    @Test
    void featureSlicesHaveNoCycles() {
        // app is the composition root (it uses everything) and cli reaches app's launch helpers: both are left out.
        slices().matching("nl.baken.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("nl.baken.app..",
                                "nl.baken.cli.."))));
    }
}
