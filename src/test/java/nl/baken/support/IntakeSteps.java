package nl.baken.support;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;

/** The steps of an intake journey, in words a tester reads: unlock, start, consent, answer. */
public final class IntakeSteps {

    public static final String PASS = "mijn lange wachtwoordzin voor de test";
    private final AppDriver app;

    public IntakeSteps(AppDriver app) {
        this.app = app;
    }

    /** A vault with one worker, made without the UI. */
    public static void setUpVault(java.nio.file.Path dir) {
        new Vault(new DataDirectory(dir)).setUp("Anna", PASS.toCharArray());
    }

    public void unlock() {
        app.typeInto("unlock-passphrase", PASS);
        app.type(KeyCode.ENTER);
        app.waitFor("home-start-intake");
    }

    /** From home to the start screen, choosing questionnaire (by id), client language and interpreter. */
    public void startNewCase(String questionnaireId, String clientLanguage, String interpreterId) {
        app.click("home-start-intake");
        app.waitFor("start-continue");
        choose(questionnaireId, clientLanguage, interpreterId);
        app.click("start-continue");
    }

    public void choose(String questionnaireId, String clientLanguage, String interpreterId) {
        ComboBox<QuestionnaireSource> q = app.waitFor("start-questionnaire");
        app.runOnFx(() -> q.getItems().stream().filter(s -> s.questionnaire().id().equals(questionnaireId))
                .findFirst().ifPresent(q::setValue));
        ComboBox<String> client = app.waitFor("start-client-language");
        app.runOnFx(() -> client.setValue(clientLanguage));
        if (interpreterId != null) {
            app.click(interpreterId);
        }
    }

    /** The consent step: keeping the record given, the rest left as they are. */
    public void giveStoreConsent() {
        app.click("consent-store-given");
        app.click("consent-save");
    }

    public String questionText() {
        return app.<Label>waitFor("wizard-question-text").getText();
    }

    /** Waits until the wizard shows a question other than {@code before}. */
    public void waitForNext(String before) {
        app.waitUntil(() -> app.find("wizard-question-text").map(n -> !((Label) n).getText().equals(before))
                .orElse(true));
    }

    /** Presses a key and waits for the next screen. */
    public void press(KeyCode key) {
        String before = questionText();
        app.type(key);
        waitForNext(before);
    }

    /** Clicks an answer and waits for the next screen. */
    public void answer(String id) {
        String before = questionText();
        app.click(id);
        waitForNext(before);
    }

    public void assertSaved() {
        Label saved = app.waitFor("wizard-saved");
        assertThat(saved.getText()).isIn("Opgeslagen", "Saved");
    }
}
