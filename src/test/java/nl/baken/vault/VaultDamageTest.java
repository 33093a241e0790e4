package nl.baken.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.baken.audit.AuditLog;
import nl.baken.cases.CaseFile;
import nl.baken.intake.Assessment;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.questionnaire.Answer;
import nl.baken.referral.JooqPartnerRepository;
import nl.baken.referral.JooqReferralRepository;
import nl.baken.referral.Partner;
import nl.baken.referral.Referral;
import nl.baken.referral.ReferralStatus;
import nl.baken.store.CheckReport;
import nl.baken.store.Store;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of a small vault with data (truncated at 0, at small and at random sizes; random bit flips) go
 * through the check: each is refused, or passes with exactly the original's decrypted contents. None may pass with
 * other data, none is changed by the check, none ends in an unexpected exception. The seed is printed and can be
 * set with {@code -Dbaken.damage.seed=N}; {@code -Pstress} runs 2,000 copies, a sweep of 2,000 single flipped bits
 * and 3,000 reads.
 */
class VaultDamageTest {

    @TempDir
    Path dir;
    /** Why copies were refused (table names and kinds of problem only), printed with the figures. */
    private final java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();

    @Test
    void twoHundredDamagedCopiesAreRefusedOrReadAsTheOriginal() throws Exception {
        run(200);
    }

    @Test
    @Tag("stress")
    void twoThousandDamagedCopiesAreRefusedOrReadAsTheOriginal() throws Exception {
        run(2000);
    }

    /**
     * Twenty flipped bits in a vault of 60 demo cases, read as every screen reads (statements, no check first): each
     * read that fails says the vault is damaged, never that saving did not work, which would invite a retry. H2
     * fails differently with assertions off ({@code -DenableAssertions=false}), as the app runs; both were run with
     * 6,000 copies.
     */
    @Test
    void aReadOfABitFlippedVaultIsReportedAsDamageNeverAsAFailedSave() throws Exception {
        readBitFlippedCopies(30);
    }

    /** The same with 3,000 copies: a page check, a failed inflate and a made-up length each showed once in ~1,500. */
    @Test
    @Tag("stress")
    void threeThousandReadsOfBitFlippedVaultsAreReportedAsDamage() throws Exception {
        readBitFlippedCopies(3000);
    }

    private void readBitFlippedCopies(int copies) throws Exception {
        long seed = Long.getLong("baken.damage.seed", System.nanoTime());
        Path original = dir.resolve("original");
        fill(original);
        Vault vault = new Vault(new DataDirectory(original));
        byte[] key;
        try (UnlockedVault open = vault.unlock("tester", TestVault.PASSPHRASE.toCharArray())) {
            nl.baken.support.DemoFill.fill(open, 60, seed);
            key = open.databaseKeyCopy();
        }
        byte[] db = Files.readAllBytes(original.resolve("baken.mv.db"));
        byte[] slots = Files.readAllBytes(original.resolve("keyslots.json"));
        Random random = new Random(seed);
        java.util.Map<String, Integer> failedReads = new java.util.TreeMap<>();
        for (int i = 0; i < copies; i++) {
            Path copy = dir.resolve("read-" + i);
            Files.createDirectories(copy);
            Files.write(copy.resolve("keyslots.json"), slots);
            byte[] damaged = db.clone();
            for (int f = 0; f < 20; f++) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            }
            Files.write(copy.resolve("baken.mv.db"), damaged);
            try (UnlockedVault open = new Vault(new DataDirectory(copy)).openForCheck(key)) {
                VaultDump.of(open.store());
            } catch (VaultException refusedAtOpen) {
                failedReads.merge("open " + refusedAtOpen.reason(), 1, Integer::sum);
            } catch (nl.baken.store.StoreException e) {
                failedReads.merge("read " + e.reason(), 1, Integer::sum);
            }
        }
        System.out.println("VaultDamageTest: seed " + seed + ": reads of " + copies + " copies with 20 bits flipped: " + failedReads);
        assertThat(failedReads).as("seed " + seed).doesNotContainKey("read WRITE_FAILED").containsKey("read DAMAGED");
    }

    /**
     * A sweep of single flipped bits, one every 160 bytes over the whole file (2,000 copies of the 320 KB vault):
     * it found what random flips met about once in 10,000 copies, an index that led to fewer answers than the table
     * held while the check passed (IndexReads). Still open, and why this sweep can fail: a flip in a page's last
     * bytes can give a plain column (a time zone offset, a worker id) another valid value, which nothing seals.
     */
    @Test
    @Tag("stress")
    void aSweepOfSingleFlippedBitsIsRefusedOrReadAsTheOriginal() throws Exception {
        int step = 160;
        run(2000, (i, db, random, how) -> {
            byte[] damaged = db.clone();
            int pos = (i * step + step / 2) % db.length;
            int bit = i % 8;
            damaged[pos] ^= (byte) (1 << bit);
            how.append("1 bit flipped at ").append(pos).append(':').append(bit);
            return damaged;
        });
    }

    /** How copy {@code i} of the original {@code db} is damaged; {@code how} tells it in the failure message. */
    private interface Damage {
        byte[] apply(int i, byte[] db, Random random, StringBuilder how);
    }

    /** Truncated (at 0, small and random sizes) or with 1 to 8 random bits flipped, in turns. */
    private static byte[] randomDamage(int i, byte[] db, Random random, StringBuilder how) {
        switch (i % 4) {
            case 0 -> {
                int[] small = {0, 1, 100, 4096, 8192, 12288};
                int size = i % 8 == 0 ? small[random.nextInt(small.length)] : random.nextInt(Math.min(db.length, 16384));
                how.append("truncated to ").append(size);
                return Arrays.copyOf(db, size);
            }
            case 1 -> {
                int size = random.nextInt(db.length);
                how.append("truncated to ").append(size);
                return Arrays.copyOf(db, size);
            }
            default -> {
                byte[] damaged = db.clone();
                int flips = 1 + random.nextInt(i % 4 == 2 ? 1 : 8);
                how.append(flips).append(" bits flipped at");
                for (int f = 0; f < flips; f++) {
                    int pos = random.nextInt(damaged.length);
                    int bit = random.nextInt(8);
                    damaged[pos] ^= (byte) (1 << bit);
                    how.append(' ').append(pos).append(':').append(bit);
                }
                return damaged;
            }
        }
    }

    private void run(int copies) throws Exception {
        run(copies, VaultDamageTest::randomDamage);
    }

    private void run(int copies, Damage damage) throws Exception {
        long seed = Long.getLong("baken.damage.seed", System.nanoTime());
        System.out.println("VaultDamageTest: " + copies + " copies, seed " + seed + " (-Dbaken.damage.seed=" + seed + ")");
        Path original = dir.resolve("original");
        fill(original);
        Vault vault = new Vault(new DataDirectory(original));
        byte[] key;
        List<String> expected;
        try (UnlockedVault open = vault.unlock("tester", TestVault.PASSPHRASE.toCharArray())) {
            key = open.databaseKeyCopy();
        }
        try (UnlockedVault open = vault.openForCheck(key)) {
            expected = VaultDump.of(open.store());
            assertThat(check(open.store()).problems()).isEmpty();
        }
        byte[] db = Files.readAllBytes(original.resolve("baken.mv.db"));
        byte[] slots = Files.readAllBytes(original.resolve("keyslots.json"));
        Random random = new Random(seed);
        long started = System.nanoTime();
        int refused = 0;
        int equal = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            // A directory per copy: H2 may keep a file it failed to open locked for the rest of the JVM's life,
            // which would make every later copy at the same path "in use" instead of checked.
            Path copy = dir.resolve("copy-" + i);
            Files.createDirectories(copy);
            Files.write(copy.resolve("keyslots.json"), slots);
            StringBuilder how = new StringBuilder();
            byte[] damaged = damage.apply(i, db, random, how);
            Path file = copy.resolve("baken.mv.db");
            Files.write(file, damaged);
            String outcome = outcome(new Vault(new DataDirectory(copy)), key, expected);
            if (!Arrays.equals(Files.readAllBytes(file), damaged)) {
                outcome = "changed by the check";
            }
            switch (outcome) {
                case "refused" -> refused++;
                case "equal" -> equal++;
                default -> {
                    failures.add("copy " + i + " (" + how + "): " + outcome);
                    keep(i, damaged, db, key);
                }
            }
            Files.deleteIfExists(file);
        }
        long unexpected = failures.stream().filter(f -> f.contains("): unexpected ")).count();
        System.out.println("VaultDamageTest: seed " + seed + ": " + copies + " copies, " + refused + " refused, "
                + equal + " passed and equal to the original, " + failures.size() + " wrong (of which " + unexpected
                + " unhandled exceptions), " + (System.nanoTime() - started) / 1_000_000_000 + " s; refused because: "
                + reasons);
        assertThat(failures).as("seed " + seed).isEmpty();
        assertThat(refused + equal).isEqualTo(copies);
    }

    /**
     * With {@code -Dbaken.damage.keep=DIR}, a copy that went wrong is kept there with the original and the test
     * vault's database key, to open with H2's own classes and see what the check missed.
     */
    private static void keep(int i, byte[] damaged, byte[] db, byte[] key) throws java.io.IOException {
        String keep = System.getProperty("baken.damage.keep", "");
        if (keep.isEmpty()) {
            return;
        }
        Path at = Files.createDirectories(Path.of(keep));
        Files.write(at.resolve("copy-" + i + ".mv.db"), damaged);
        Files.write(at.resolve("original.mv.db"), db);
        Files.write(at.resolve("database.key"), key);
    }

    /** refused, equal, or what went wrong. */
    private String outcome(Vault vault, byte[] key, List<String> expected) {
        try (UnlockedVault open = vault.openForCheck(key)) {
            CheckReport report = check(open.store());
            if (!report.healthy()) {
                reasons.merge("check: " + report.problems().get(0).replaceAll("[0-9a-f-]{36}|\\d+", "N"), 1, Integer::sum);
                return "refused";
            }
            List<String> dump;
            try {
                dump = VaultDump.of(open.store());
            } catch (RuntimeException e) {
                return "passed the check, then failed to read: " + e.getClass().getName();
            }
            if (!dump.equals(expected) && Boolean.getBoolean("baken.damage.diff")) {
                List<String> gone = new ArrayList<>(expected);
                gone.removeAll(dump);
                List<String> added = new ArrayList<>(dump);
                added.removeAll(expected);
                System.out.println("DIFF gone " + gone + "\nDIFF new " + added);
            }
            return dump.equals(expected) ? "equal" : "passed the check with other data";
        } catch (VaultException e) {
            reasons.merge("open: " + e.reason() + (e.getCause() instanceof nl.baken.store.StoreException s
                    ? " " + s.reason() + " " + s.where().replaceAll("\\d+", "N") : ""), 1, Integer::sum);
            return "refused";
        } catch (RuntimeException | Error e) {
            return "unexpected " + e.getClass().getName();
        }
    }

    private static CheckReport check(Store store) {
        return store.check(new AuditLog(store, Clock.systemUTC())::chainProblems);
    }

    /** A vault with every kind of personal value: alias, answers, notes, consent, a partner, a referral, audit. */
    private static void fill(Path at) {
        try (TestVault vault = TestVault.in(at)) {
            CaseFile sample = ReferralCases.finishedIntake(vault);
            IntakeService intakes = vault.intakes();
            CaseFile c = intakes.createCase(Optional.of("Mirela"), "w1");
            IntakeSession s = intakes.start(c.id(), TestVault.seed("intake.yaml"),
                    new IntakeSettings("nl", "ro", Interpreter.PHONE, Optional.of("ro")), "w1");
            s.questionnaire().questions().stream().limit(12).forEach(q ->
                    intakes.saveAnswer(s.intake().id(), q.id(), Answer.of("antwoord " + q.id()), "w1"));
            intakes.finish(s.intake().id(), Assessment.YES, "notitie over Mirela", "volgende stap: opvang", "w1");
            Store store = vault.open().store();
            new JooqPartnerRepository(store).save(new Partner("regio-1", "Opvang Regio", "shelter", "Petra de Vries",
                    "010-1234567", "petra@example.org", "alleen dinsdag", false));
            OffsetDateTime now = OffsetDateTime.now();
            new JooqReferralRepository(store).create(new Referral("11111111-2222-3333-4444-555555555555",
                    sample.id(), "regio-1", now, "w1", "nl", true, List.of("q1", "q2"), List.of(), ReferralStatus.SENT,
                    Optional.of("gebeld"), now));
        }
    }
}
