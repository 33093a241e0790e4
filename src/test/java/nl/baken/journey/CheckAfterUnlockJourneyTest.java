package nl.baken.journey;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseStatus;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.store.Store;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Damage that neither the unlock nor the home screen reads (a closing reason sealed for one case, copied into another)
 * is found by the full check that runs once the list shows and its search index is filled: the app locks the vault
 * and shows the damaged-vault screen, naming the row but nothing of the person.
 */
class CheckAfterUnlockJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();

    @Test
    void theCheckAfterUnlockFindsAMovedValueLocksAndSaysWhere() throws Exception {
        IntakeSteps.setUpVault(journey.dir());
        try (UnlockedVault open = new Vault(new DataDirectory(journey.dir())).unlock("Anna",
                IntakeSteps.PASS.toCharArray())) {
            Store store = open.store();
            JooqCaseRepository cases = new JooqCaseRepository(store);
            cases.create(new CaseFile("case-a", "BK-A", Optional.of("Anna-alias"), CaseStatus.OPEN,
                    OffsetDateTime.now(), "w1"));
            cases.create(new CaseFile("case-b", "BK-B", Optional.of("Bea-alias"), CaseStatus.OPEN,
                    OffsetDateTime.now(), "w1"));
            byte[] reasonOfA = store.sealer().seal(CASE_FILE.CLOSE_REASON, "Verhuisd naar Marekstad", "case-a");
            store.dsl().update(CASE_FILE).set(CASE_FILE.CLOSE_REASON, reasonOfA).where(CASE_FILE.ID.eq("case-b"))
                    .execute();
        }

        AppDriver app = journey.start("nl");
        // Not IntakeSteps.unlock: on two cases the check may lock the vault before the home screen is seen.
        app.typeInto("unlock-passphrase", IntakeSteps.PASS);
        app.type(KeyCode.ENTER);
        app.waitLong(() -> app.showing("damaged-message"));
        assertThat(app.app().shell().session()).as("the vault is locked").isNull();
        assertThat(app.<Label>waitFor("damaged-message").getText()).contains("1").contains("vergrendeld");
        assertThat(app.<Label>waitFor("damaged-where").getText()).contains("CASE_FILE case-b")
                .doesNotContain("Marek").doesNotContain("Bea").doesNotContain("Anna-alias");
    }
}
