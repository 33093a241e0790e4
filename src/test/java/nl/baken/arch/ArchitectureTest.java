package nl.baken.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps ARCHITECTURE.md's package table true, exactly: who may use whom, no ui below the views, no view of one
 * feature in another's, no database in a view, no cycle anywhere. The known violations are frozen (ArchUnit's
 * {@link FreezingArchRule}, store in {@code src/test/resources/archunit_store}) and listed with their reasons in
 * docs/adr/0009-architecture-rules-and-frozen-violations.md: a new one fails the build.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.baken";

    /**
     * Rows with violations known on 2 Dec 2026 (uses of i18n, and consent's of questionnaire.Audience), each with its
     * reason in ADR 0009; every other row holds as is, and a new violation in a frozen row fails too.
     */
    private static final Set<String> FROZEN_ROWS = Set.of("consent", "intake", "questionnaire", "referral", "store",
            "vault");

    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** The table's packages that have code today: only those get rules, so no rule passes on an empty package. */
    private static Set<String> packagesInCode() {
        return classes.stream().map(RULES::packageOf).filter(p -> !p.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean hasUi(String pkg) {
        return classes.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + pkg + ".ui"));
    }

    @Test
    void everyPackageInTheCodeIsInTheTable() {
        assertThat(ArchitectureRules.tablePackages())
                .as("a package of the code that ARCHITECTURE.md's table lacks (or that this test misspells)")
                .containsAll(packagesInCode());
    }

    @Test
    void everyPackageOfTheTableHasCodeOrIsPlanned() {
        Set<String> missing = new TreeSet<>(ArchitectureRules.tablePackages());
        missing.removeAll(packagesInCode());
        assertThat(missing).as("table packages without code: misspelled here, or planned (NOT_BUILT_YET)")
                .isSubsetOf(ArchitectureRules.NOT_BUILT_YET);
    }

    @Test
    void everyPackageARowNamesIsInTheTable() {
        ArchitectureRules.MAY_USE.forEach((pkg, allowed) -> assertThat(ArchitectureRules.tablePackages())
                .as("the row of " + pkg).containsAll(allowed));
        assertThat(ArchitectureRules.tablePackages()).containsAll(FROZEN_ROWS)
                .containsAll(ArchitectureRules.NOT_BUILT_YET);
    }

    @TestFactory
    List<DynamicTest> everyPackageUsesOnlyItsRow() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String pkg : packagesInCode()) {
            if (pkg.equals(ArchitectureRules.APP) || !ArchitectureRules.MAY_USE.containsKey(pkg)) {
                continue; // app may use everything; a package outside the table fails the test above
            }
            tests.add(DynamicTest.dynamicTest(pkg, () -> check(RULES.row(pkg), FROZEN_ROWS.contains(pkg))));
            if (hasUi(pkg)) {
                tests.add(DynamicTest.dynamicTest(pkg + ".ui", () -> check(RULES.uiRow(pkg), false)));
            }
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> featureViewsNeverUseAnotherFeaturesViews() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String pkg : packagesInCode()) {
            if (!pkg.equals(ArchitectureRules.APP) && hasUi(pkg)) {
                tests.add(DynamicTest.dynamicTest(pkg + ".ui",
                        () -> check(RULES.uiStaysInItsFeature(pkg), false)));
            }
        }
        return tests;
    }

    @Test
    void nonUiCodeUsesNoUiAndNoJavaFx() {
        RULES.nonUiUsesNoUiAndNoJavaFx().check(classes);
    }

    @Test
    void viewsImportNoJooqAndNoSql() {
        RULES.viewsUseNoDatabase().check(classes);
    }

    @Test
    void questionnaireUsesNothingOfFxOrTheDatabase() {
        RULES.questionnaireUsesNoFxAndNoDatabase().check(classes);
    }

    @Test
    void appNeverUsesTheCommandLine() {
        RULES.appNeverUsesCli().check(classes);
    }

    @Test
    void nothingPointsUpToTheLauncher() {
        RULES.nothingUsesTheLauncher().check(classes);
    }

    @Test
    void noCycleBetweenAnyPackagesAppAndCliIncluded() {
        RULES.noCycles().check(classes);
    }

    private static void check(ArchRule rule, boolean frozen) {
        (frozen ? FreezingArchRule.freeze(rule) : rule).check(classes);
    }
}
