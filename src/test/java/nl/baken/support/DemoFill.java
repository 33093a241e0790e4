package nl.baken.support;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import nl.baken.audit.AuditLog;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseRepository;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.consent.ConsentService;
import nl.baken.consent.JooqConsentRepository;
import nl.baken.intake.DemoCases;
import nl.baken.intake.DemoClock;
import nl.baken.intake.IntakeService;
import nl.baken.intake.JooqIntakeRepository;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.store.Store;
import nl.baken.vault.UnlockedVault;

/** Fills an open vault with demo cases as {@code baken demo} does (its clock, desk and batches), without referrals. */
public final class DemoFill {

    private DemoFill() {
    }

    /** {@code count} demo cases by the vault's worker, the same ones for the same {@code seed}. */
    public static void fill(UnlockedVault open, int count, long seed) {
        Store store = open.store();
        DemoClock clock = new DemoClock(Clock.systemUTC());
        AuditLog audit = new AuditLog(store, clock);
        CaseRepository cases = new JooqCaseRepository(store);
        CaseDesk desk = CaseDesk.on(store, cases, audit, clock, open::workers);
        IntakeService intakes = new IntakeService(store, cases, new JooqIntakeRepository(store),
                new QuestionnaireLibrary(null), desk, audit, clock, new SecureRandom());
        ConsentService consent = new ConsentService(new JooqConsentRepository(store), audit, clock);
        new DemoCases(store, intakes, consent, desk, clock, new Random(seed), List.of())
                .create(count, open.workerId(), done -> { });
        clock.release();
    }
}
