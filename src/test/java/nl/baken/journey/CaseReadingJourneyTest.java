package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.audit.AuditEvent;
import nl.baken.cases.CaseFile;
import nl.baken.intake.IntakeStatus;
import nl.baken.support.AppDriver;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case page of a case with a finished intake: its head, the intake, consent and referrals; the intake opened
 * to read and closed again with the keyboard alone; nothing changed but the read in the audit log.
 */
class CaseReadingJourneyTest {

    @TempDir
    Path dir;
    AppDriver app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private void waitForFocus(String id) {
        try {
            app.waitUntil(() -> {
                var owner = app.stage().getScene().getFocusOwner();
                return owner != null && id.equals(owner.getId());
            });
        } catch (AssertionError e) {
            throw new AssertionError("focus on " + app.stage().getScene().getFocusOwner() + ", not " + id, e);
        }
    }

    @Test
    void aFinishedIntakeIsReadFromTheCasePageWithTheKeyboardAlone() throws Exception {
        Path data = dir.resolve("data");
        CaseFile c;
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntakeByTester(vault, "shelter");
        }

        app = new AppDriver(data).start("nl");
        app.typeInto("unlock-passphrase", TestVault.PASSPHRASE);
        app.type(KeyCode.ENTER);
        app.waitFor("home-worker");
        app.runOnFx(() -> app.app().shell().showCase(c.id()));

        assertThat(app.<Label>waitFor("case-reference").getText()).isEqualTo("Dossier " + c.reference());
        assertThat(app.<Label>waitFor("case-status").getText()).isEqualTo("Open");
        assertThat(app.<Label>waitFor("case-worker").getText()).isEqualTo("Behandelaar: tester");
        assertThat(app.<Label>waitFor("case-created").getText()).startsWith("Aangemaakt: ");
        // The alias is not on the page until the worker asks for it.
        assertThat(app.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("Andrei"))
                .tryQuery()).isEmpty();
        app.waitFor("case-intake-0");
        assertThat(app.showing("case-intake-resume-0")).as("a finished intake is read, not continued").isFalse();
        assertThat(app.<Label>waitFor("case-consent-decision-0").getText()).isEqualTo("Ja, goed");
        assertThat(app.showing("case-referrals")).isTrue();
        app.screenshot("case-page");

        // The keyboard starts on "Lezen" of the first intake; Enter opens it to read.
        waitForFocus("case-intake-read-0");
        app.type(KeyCode.ENTER);
        assertThat(app.<Label>waitFor("reading-title").getText()).isEqualTo("Intakegesprek mensenhandel");
        assertThat(app.<Label>waitFor("reading-facts").getText()).startsWith("Afgerond · begonnen ");
        assertThat(app.<Label>waitFor("reading-answer-labour_hours_day").getText()).isEqualTo("12");
        assertThat(app.<Label>waitFor("reading-answer-residence_status").getText()).isEqualTo("Weet ik niet");
        assertThat(app.<Label>waitFor("reading-assessment").getText()).isEqualTo("Ja");
        // Reading only: no control on it changes an answer.
        assertThat(app.lookup(n -> n.getId() != null && n.getId().startsWith("review-edit-")).tryQuery()).isEmpty();
        assertThat(app.showing("reading-resume")).isFalse();
        app.screenshot("case-intake-reading");

        // Escape is "back": to the case page again.
        app.type(KeyCode.ESCAPE);
        app.waitFor("case-intakes");
        waitForFocus("case-intake-read-0");

        app.runOnFx(() -> app.app().shell().lock());
        app.waitFor("unlock-passphrase");
        app.stop();
        try (TestVault vault = TestVault.in(data)) {
            assertThat(vault.intakes().intakesOf(c.id())).singleElement().extracting(i -> i.status())
                    .isEqualTo(IntakeStatus.FINISHED);
            assertThat(vault.audit().entries()).extracting(AuditEvent::event).contains("INTAKE_READ");
        }
        app = null;
    }
}
