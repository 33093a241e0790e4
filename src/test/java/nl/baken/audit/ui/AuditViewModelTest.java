package nl.baken.audit.ui;

import static nl.baken.store.generated.Tables.AUDIT_EVENT;
import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.VAULT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import nl.baken.audit.AuditLog;
import nl.baken.i18n.Messages;
import nl.baken.store.Sealer;
import nl.baken.store.Store;
import nl.baken.ui.BackgroundTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit view's model without an FX toolkit: opening is audited, the filters select by case reference, worker,
 * event and period, bad input says so and changes nothing, and "Controleren" says OK or names the broken entry.
 */
class AuditViewModelTest {

    @TempDir
    static Path dir;
    private static Store store;
    private AuditLog log;
    private AuditViewModel model;

    @BeforeAll
    static void twoCases() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        store = Store.create(dir.resolve("db"), java.util.HexFormat.of().formatHex(key).toCharArray(),
                Sealer.forDatabaseKey(key), UUID.randomUUID().toString());
        OffsetDateTime now = OffsetDateTime.now();
        for (String[] c : new String[][] {{"c1", "BK-2026-AAAAA"}, {"c2", "BK-2026-BBBBB"}}) {
            store.dsl().insertInto(CASE_FILE, CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.STATUS, CASE_FILE.CREATED_AT,
                    CASE_FILE.WORKER_ID, CASE_FILE.LAST_ACTIVITY_AT).values(c[0], c[1], "OPEN", now, "w1", now)
                    .execute();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void aLogAboutTheTwoCases() {
        store.dsl().deleteFrom(AUDIT_EVENT).execute();
        store.dsl().update(VAULT).setNull(VAULT.AUDIT_SECRET).execute();
        log = new AuditLog(store, Clock.systemUTC());
        log.record("w1", "CASE_VIEW", "c1");
        log.record("w2", "CASE_VIEW", "c2");
        log.record("w2", "TASK_ADD", "c2");
        model = new AuditViewModel(log, "w1", () -> Map.of("w1", "Anna", "w2", "Bea"), BackgroundTasks.sameThread(),
                Messages.of("en"), ZoneId.of("Europe/Amsterdam"));
        model.open();
    }

    @Test
    void openingShowsEverythingAndIsAudited() {
        assertThat(model.rows()).extracting(AuditRow::event).containsExactly("CASE_VIEW", "CASE_VIEW", "TASK_ADD",
                "AUDIT_VIEW");
        assertThat(model.workers()).containsExactly("Anna", "Bea");
        assertThat(model.rows().get(0).caseReference()).isEqualTo("BK-2026-AAAAA");
        assertThat(model.rows().get(0).worker()).isEqualTo("Anna");
        assertThat(model.rows().get(0).kind()).isEqualTo("View");
    }

    @Test
    void theFiltersSelect() {
        model.caseReferenceProperty().set("bk-2026-bbbbb");
        model.apply();
        assertThat(model.rows()).extracting(AuditRow::event).containsExactly("CASE_VIEW", "TASK_ADD");
        model.workerProperty().set("Bea");
        model.eventProperty().set("TASK_ADD");
        model.apply();
        // The kind and the outcome in the worker's words, not their codes.
        assertThat(model.rows()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("Add");
            assertThat(r.outcome()).isEqualTo("Done");
        });
        model.clearFilters();
        model.toProperty().set(LocalDate.now().minusDays(1));
        model.apply();
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void badInputSaysSoAndChangesNothing() {
        model.caseReferenceProperty().set("BK-NOPE");
        model.apply();
        assertThat(model.messageProperty().get()).isEqualTo("There is no case with this reference.");
        model.clearFilters();
        int shown = model.rows().size();
        model.fromProperty().set(LocalDate.now());
        model.toProperty().set(LocalDate.now().minusDays(2));
        model.apply();
        assertThat(model.messageProperty().get()).isEqualTo("The end date is before the start date.");
        assertThat(model.rows()).hasSize(shown);
    }

    @Test
    void checkingSaysOkOrWhereItBreaks() {
        model.verify();
        assertThat(model.messageProperty().get()).isEqualTo("OK: the chain of 4 entries is intact.");
        store.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.WORKER_ID, "w1").where(AUDIT_EVENT.ID.eq(3L)).execute();
        model.verify();
        assertThat(model.messageProperty().get())
                .isEqualTo("Not OK. Entry 3 breaks the chain: the entry was changed or moved.");
        assertThat(log.entries()).extracting(e -> e.event()).containsSubsequence("AUDIT_VIEW", "AUDIT_VERIFY",
                "AUDIT_VERIFY");
    }
}
