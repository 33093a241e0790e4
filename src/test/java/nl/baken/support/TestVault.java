package nl.baken.support;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import nl.baken.audit.AuditLog;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.consent.ConsentService;
import nl.baken.consent.JooqConsentRepository;
import nl.baken.intake.IntakeService;
import nl.baken.intake.JooqIntakeRepository;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;

/** A real encrypted vault in a temporary directory, with the services built on it, for service-level tests. */
public final class TestVault implements AutoCloseable {

    public static final String PASSPHRASE = "test vault passphrase words";
    private final Vault vault;
    private UnlockedVault open;

    private TestVault(Path dir, String passphrase) {
        vault = new Vault(new DataDirectory(dir));
        if (vault.state() == Vault.State.NEW) {
            vault.setUp("tester", passphrase.toCharArray());
        }
        open = vault.unlock("tester", passphrase.toCharArray());
    }

    /** Sets up (when new) and unlocks the vault in {@code dir}. */
    public static TestVault in(Path dir) {
        return new TestVault(dir, PASSPHRASE);
    }

    /** Unlocks the vault in {@code dir} whose tester now has {@code passphrase} (set up with it when new). */
    public static TestVault in(Path dir, String passphrase) {
        return new TestVault(dir, passphrase);
    }

    public UnlockedVault open() {
        return open;
    }

    /** Locks and unlocks again, as a restart would. */
    public TestVault reopen() {
        open.close();
        open = vault.unlock("tester", PASSPHRASE.toCharArray());
        return this;
    }

    public AuditLog audit() {
        return new AuditLog(open.store(), Clock.systemUTC());
    }

    public IntakeService intakes() {
        return new IntakeService(open.store(), new JooqCaseRepository(open.store()),
                new JooqIntakeRepository(open.store()), new QuestionnaireLibrary(null), audit(), Clock.systemUTC(),
                new SecureRandom());
    }

    public ConsentService consent() {
        return new ConsentService(new JooqConsentRepository(open.store()), audit(), Clock.systemUTC());
    }

    /** A seed questionnaire by its file name, e.g. "intake.yaml". */
    public static QuestionnaireSource seed(String file) {
        QuestionnaireLibrary library = new QuestionnaireLibrary(null);
        return library.available().stream()
                .filter(s -> s.questionnaire().id().equals(file.equals("intake.yaml") ? "intake-mensenhandel" : "intake-kort"))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        open.close();
    }
}
