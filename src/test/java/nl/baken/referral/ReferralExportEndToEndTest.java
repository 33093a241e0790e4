package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.baken.support.ReferralServices;
import nl.baken.audit.AuditEvent;
import nl.baken.cases.CaseFile;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From a real finished intake in an encrypted vault to a protected PDF on disk, read back with its password. */
class ReferralExportEndToEndTest {

    @TempDir
    Path dir;

    private static ReferralService service(TestVault vault) {
        return ReferralServices.on(vault.open().store(), new QuestionnaireLibrary(null), vault.consent(),
                vault.audit(), Clock.systemUTC());
    }

    private static String text(byte[] pdf, String password) throws Exception {
        return PdfTexts.all(pdf, password).replaceAll("\\s+", " ");
    }

    @Test
    void exportsOnlyWhatTheShelterMayReadAndRecordsIt() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            CaseFile c = ReferralCases.finishedIntake(vault, "shelter");
            ReferralService service = service(vault);
            service.ensureNationalPartners(nl.baken.i18n.Messages.of("nl"));
            service.saveOrganisation(new ReferralService.Organisation("Gemeente Voorbeeld", "010-1234567"), "w1");
            Partner comensha = service.partner("comensha").orElseThrow();
            ReferralDraft draft = service.draft(c.id(), comensha, "nl");
            assertThat(draft.blocked()).isFalse();

            Path out = dir.resolve("out");
            Files.createDirectories(out);
            Path target = out.resolve("verwijzing.pdf");
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Set<Path> before = snapshot(tmp);
            ReferralService.Exported exported = service.export(draft, ReferralSelection.preselected(draft), target,
                    "w1", "Wim Werker");
            assertThat(snapshot(tmp)).isEqualTo(before);
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.map(p -> p.getFileName().toString())).containsExactly("verwijzing.pdf");
            }

            String password = new String(exported.password());
            byte[] pdf = Files.readAllBytes(target);
            try (PDDocument doc = Loader.loadPDF(pdf, password)) {
                assertThat(doc.getEncryption().getRevision()).isEqualTo(6);
                assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            }
            assertThatThrownBy(() -> Loader.loadPDF(pdf)).isInstanceOf(InvalidPasswordException.class);
            assertThatThrownBy(() -> Loader.loadPDF(pdf, "abcde-fghij-kmnpq-rstuv-wxyz2"))
                    .isInstanceOf(InvalidPasswordException.class);

            String text = text(pdf, password);
            assertThat(text).contains("Wilt u hulp bij een veilige plek om te wonen?", c.reference(), "CoMensha",
                    "Gemeente Voorbeeld", "Wim Werker", "Delen met opvang");
            assertThat(text)
                    .doesNotContain("Andrei")                                   // name: not ticked
                    .doesNotContain("Heeft u verwondingen of pijn")             // health only
                    .doesNotContain("Hoeveel uur per dag werkte u meestal?")    // not for the shelter
                    .doesNotContain("Via advertentie geworven")                 // worker's own summary
                    .doesNotContain("Heeft iemand u geslagen")                  // declined
                    .doesNotContain("Weet ik niet");                            // no shared "don't know" here

            assertThat(service.referrals(c.id())).singleElement().satisfies(r -> {
                assertThat(r.partnerId()).isEqualTo("comensha");
                assertThat(r.status()).as("saved, not sent, until the worker says so").isEqualTo(ReferralStatus.SAVED);
                assertThat(r.includeName()).isFalse();
                assertThat(r.items()).containsExactlyElementsOf(draft.items().stream()
                        .filter(ReferralDraft.DraftItem::shared).map(ReferralDraft.DraftItem::questionId).toList());
            });
            String referralId = exported.referral().id();
            assertThat(vault.audit().entries()).filteredOn(e -> e.event().equals("REFERRAL_EXPORT"))
                    .extracting(AuditEvent::subject).containsExactly(referralId);
            assertThat(vault.audit().entries()).extracting(AuditEvent::subject)
                    .noneMatch(s -> s != null && (s.contains("Andrei") || s.contains("verwijzing")));

            var cases = new nl.baken.cases.JooqCaseRepository(vault.open().store());
            var answeredFrom = java.time.OffsetDateTime.now().minusSeconds(1);
            service.setStatus(referralId, ReferralStatus.ACCEPTED, "Plek vanaf maandag", "w1");
            assertThat(service.referrals(c.id()).get(0).status()).isEqualTo(ReferralStatus.ACCEPTED);
            assertThat(cases.summary(c.id()).orElseThrow().lastActivityAt()).as("the answer moves the case")
                    .isAfter(answeredFrom);
            assertThat(service.referrals(c.id()).get(0).statusNote()).contains("Plek vanaf maandag");
        }
    }

    @Test
    void policeGetDontKnowAsSuchAndTheNameOnlyWhenTicked() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            CaseFile c = ReferralCases.finishedIntake(vault, "police");
            ReferralService service = service(vault);
            Partner police = service.partnerFor("police", "nl");
            ReferralDraft draft = service.draft(c.id(), police, "nl");
            Path target = dir.resolve("politie.pdf");
            ReferralSelection selection = ReferralSelection.preselected(draft).withIncludeName(true)
                    .with("injuries", false, null);
            ReferralService.Exported exported = service.export(draft, selection, target, "w1", "Wim Werker");
            String text = text(Files.readAllBytes(target), new String(exported.password()));
            assertThat(text).contains("Weet ik niet", "Andrei", "Delen met politie");
            assertThat(service.referrals(c.id()).get(0).includeName()).isTrue();
        }
    }

    @Test
    void withoutConsentNothingIsWrittenOrRecorded() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            CaseFile c = ReferralCases.finishedIntake(vault, "shelter");
            ReferralService service = service(vault);
            Partner police = service.partnerFor("police", "nl");
            ReferralDraft draft = service.draft(c.id(), police, "nl");
            assertThat(draft.blocked()).isTrue();
            Path target = dir.resolve("politie.pdf");
            assertThatThrownBy(() -> service.export(draft, ReferralSelection.preselected(draft), target, "w1", "W"))
                    .isInstanceOf(ReferralException.class);
            assertThat(target).doesNotExist();
            assertThat(service.referrals(c.id())).isEmpty();
        }
    }

    @Test
    void nationalPartnersReachTheVaultOnceAndRegionalOnesCanBeManaged() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            ReferralService service = service(vault);
            service.ensureNationalPartners(nl.baken.i18n.Messages.of("nl"));
            int national = service.partners().size();
            assertThat(national).isGreaterThan(5);
            assertThat(service.ensureNationalPartners(nl.baken.i18n.Messages.of("nl"))).isEmpty();
            assertThat(service.partners()).hasSize(national);
            Partner regional = service.saveRegionalPartner(java.util.Optional.empty(), "Opvang Regio", "shelter",
                    "Els", "010-1111111", "intake@opvang.example", null, "w1");
            assertThat(service.partners()).hasSize(national + 1);
            service.saveRegionalPartner(java.util.Optional.of(regional.id()), "Opvang Regio Zuid", "shelter", "Els",
                    null, null, null, "w1");
            assertThat(service.partner(regional.id())).map(Partner::name).contains("Opvang Regio Zuid");
            service.removeRegionalPartner(regional.id(), "w1");
            assertThat(service.partners()).hasSize(national);
            assertThatThrownBy(() -> service.removeRegionalPartner("comensha", "w1"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anInvalidSeedEntryIsSkippedAndReported() {
        PartnerLoader loader = new PartnerLoader(nl.baken.i18n.Messages.of("en"));
        PartnerDirectory seeds = loader.loadValidEntries("partners.yaml", new java.io.StringReader("""
                partners:
                  - id: good
                    name: Good
                    audience: shelter
                  - id: bad
                    name: Bad
                    audience: nobody
                """));
        assertThat(seeds.partners()).extracting(Partner::id).containsExactly("good");
        assertThat(seeds.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            // The problem names the file, the place of the bad value, the value and what it may be instead.
            assertThat(p.toString()).isEqualTo("partners.yaml:7:15: Unknown audience \"nobody\". Choose from: "
                    + "coordinator, shelter, police, health, legal, victim_support, labour_inspection, guardian.");
        });
    }

    private static Set<Path> snapshot(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.collect(Collectors.toSet());
        }
    }
}
