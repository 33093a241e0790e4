package nl.baken.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import nl.baken.archplant.consent.PlantedConsentServiceUsingItsUi;
import nl.baken.archplant.consent.ui.PlantedConsentView;
import nl.baken.archplant.intake.PlantedIntakeDomainUsingItsUi;
import nl.baken.archplant.intake.ui.PlantedIntakeView;
import nl.baken.archplant.questionnaire.PlantedQuestionnaireUsingUi;
import nl.baken.archplant.referral.ui.PlantedReferralViewUsingIntakeUi;
import nl.baken.archplant.ui.PlantedSharedControl;
import org.junit.jupiter.api.Test;

/**
 * Proves that ArchitectureTest's rules fail where they should: each violation that issue 11 names is planted in a
 * test-only copy of the package layout ({@code nl.baken.archplant}), and the same rules must report it, naming
 * the rule and its reason. A rule that passes everything would fail here.
 */
class ArchitecturePlantTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("nl.baken.archplant");

    private static JavaClasses only(Class<?>... planted) {
        return new ClassFileImporter().importClasses(planted);
    }

    private static void assertFails(ArchRule rule, JavaClasses classes, Class<?> planted, String reason) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(planted.getName()).contains(reason)
                .contains("should");
    }

    @Test
    void theQuestionnaireUsingTheSharedUiFails() {
        JavaClasses classes = only(PlantedQuestionnaireUsingUi.class, PlantedSharedControl.class);
        assertFails(RULES.row("questionnaire"), classes, PlantedQuestionnaireUsingUi.class,
                "questionnaire may use only itself");
        assertFails(RULES.nonUiUsesNoUiAndNoJavaFx(), classes, PlantedQuestionnaireUsingUi.class,
                "non-ui code never uses a ui package");
    }

    @Test
    void intakeDomainCodeUsingIntakeUiFails() {
        assertFails(RULES.nonUiUsesNoUiAndNoJavaFx(),
                only(PlantedIntakeDomainUsingItsUi.class, PlantedIntakeView.class, PlantedSharedControl.class),
                PlantedIntakeDomainUsingItsUi.class, "non-ui code never uses a ui package");
    }

    @Test
    void referralUiUsingIntakeUiFails() {
        assertFails(RULES.uiStaysInItsFeature("referral"),
                only(PlantedReferralViewUsingIntakeUi.class, PlantedIntakeView.class, PlantedSharedControl.class),
                PlantedReferralViewUsingIntakeUi.class, "referral.ui never uses another feature's ui");
    }

    @Test
    void consentServiceCodeUsingConsentUiFails() {
        assertFails(RULES.nonUiUsesNoUiAndNoJavaFx(),
                only(PlantedConsentServiceUsingItsUi.class, PlantedConsentView.class),
                PlantedConsentServiceUsingItsUi.class, "non-ui code never uses a ui package");
    }

    /** The other side: what the table allows passes the same rules, so they do not simply fail on everything. */
    @Test
    void aFeatureViewUsingTheSharedUiPasses() {
        JavaClasses classes = only(PlantedIntakeView.class, PlantedSharedControl.class);
        assertThat(RULES.uiStaysInItsFeature("intake").evaluate(classes).hasViolation()).isFalse();
        assertThat(RULES.uiRow("intake").evaluate(classes).hasViolation()).isFalse();
    }
}
