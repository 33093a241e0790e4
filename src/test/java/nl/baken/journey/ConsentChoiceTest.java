package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.baken.cases.CaseFile;
import nl.baken.referral.Partner;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.CutOffText;
import nl.baken.support.Fx;
import nl.baken.support.IntakeSteps;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 8 (and the no-record screen of item 7): saving the consent step with nothing chosen is no
 * refusal, the worker is asked to choose; a referral blocked for lack of consent says in plain words which
 * consent is missing and opens the consent step of that case.
 */
class ConsentChoiceTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    @Test
    void savingConsentWithNothingChosenAsksToChooseInsteadOfRefusing() throws Exception {
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        IntakeSteps steps = new IntakeSteps(app);
        steps.unlock();
        steps.startNewCase("intake-kort", "nl", null);
        app.waitFor("consent-store-given");
        app.click("consent-save");
        assertThat(app.<Label>waitFor("consent-choose-store").getText()).contains("nog niets gekozen");
        assertThat(app.showing("consent-no-record")).as("nothing chosen is no refusal").isFalse();
        app.waitUntil(() -> "consent-store-given".equals(idOfFocus()));

        app.type(KeyCode.SPACE);
        app.click("consent-save");
        app.waitFor("wizard-question-text");
    }

    @Test
    void theNoRecordScreenShowsItsButtonsWhole() throws Exception {
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        IntakeSteps steps = new IntakeSteps(app);
        steps.unlock();
        steps.startNewCase("intake-kort", "nl", null);
        app.click("consent-store-declined");
        app.click("consent-save");
        app.waitFor("consent-no-record");
        app.waitFor("consent-reconsider");
        assertThat(Fx.call(() -> CutOffText.under(app.stage().getScene().getRoot()))).isEmpty();
    }

    @Test
    void aBlockedReferralNamesTheMissingConsentAndOpensTheConsentStep() throws Exception {
        Path data = dir.resolve("data");
        CaseFile c;
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntake(vault);
        }
        Path target = dir.resolve("verwijzing.pdf");
        app = journey.start(data, "nl");
        app.typeInto("unlock-passphrase", TestVault.PASSPHRASE);
        app.type(KeyCode.ENTER);
        app.waitFor("home-worker");
        app.runOnFx(() -> app.app().shell().showReferral(c.id(), (owner, name) -> Optional.of(target)));
        choosePartner("arbeidsinspectie");
        app.click("referral-next");

        Label blocked = app.waitFor("referral-blocked");
        assertThat(blocked.getText()).contains("Delen met de Arbeidsinspectie").doesNotContain("share:")
                .doesNotContain("labour_inspection");
        assertThat(Fx.call(() -> CutOffText.under(app.stage().getScene().getRoot()))).isEmpty();
        app.screenshot("referral-blocked");

        app.click("referral-open-consent");
        app.click("consent-share-labour-inspection-given");
        app.click("consent-save");
        choosePartner("arbeidsinspectie");
        app.click("referral-next");
        app.waitUntil(() -> app.lookup(".check-box").tryQuery().isPresent() || app.showing("referral-blocked"));
        assertThat(app.showing("referral-blocked")).as("consent given: no longer blocked").isFalse();
    }

    private void choosePartner(String id) {
        ListView<Partner> partners = app.waitFor("referral-partners");
        app.waitUntil(() -> !partners.getItems().isEmpty());
        app.runOnFx(() -> partners.getSelectionModel().select(partners.getItems().stream()
                .filter(p -> p.id().equals(id)).findFirst().orElseThrow()));
    }

    private String idOfFocus() {
        var owner = app.stage().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
