package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import nl.baken.audit.ui.AuditRow;
import nl.baken.cases.CaseFile;
import nl.baken.session.UnlockedServices;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The administrator opens the audit log from the home screen, filters it on one case, and "Controleren" says the
 * chain is intact; the screenshot (filter applied) is
 * target/screenshots/audit-view.png, kept as docs/screenshots/audit-view.png.
 */
class AuditViewJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();

    @Test
    void theAdministratorFiltersTheLogOnACaseAndChecksIt() throws Exception {
        IntakeSteps.setUpVault(dir);
        Vault vault = new Vault(new DataDirectory(dir));
        CaseFile shown;
        try (UnlockedServices s = UnlockedServices.open(vault.unlock("Anna", IntakeSteps.PASS.toCharArray()),
                Clock.systemDefaultZone(), null)) {
            shown = s.intakes().createCase(Optional.empty(), s.workerId());
            s.intakes().createCase(Optional.empty(), s.workerId());
            s.desk().recordView(shown.id(), s.workerId());
        }
        AppDriver app = journey.start("nl");
        new IntakeSteps(app).unlock();
        app.click("home-audit");
        TableView<AuditRow> table = app.waitFor("audit-table");
        app.waitUntil(() -> table.getItems().size() > 4);
        app.typeInto("audit-case", shown.reference());
        app.click("audit-apply");
        app.waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(AuditRow::caseReference).containsOnly(shown.reference());
        assertThat(table.getItems()).extracting(AuditRow::event).containsExactly("CASE_CREATE", "CASE_VIEW");
        app.screenshot("audit-view");
        app.click("audit-verify");
        Label message = app.waitFor("audit-message");
        app.waitUntil(() -> message.getText().startsWith("In orde"));
    }
}
