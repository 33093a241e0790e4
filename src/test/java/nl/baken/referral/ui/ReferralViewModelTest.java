package nl.baken.referral.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.baken.support.ReferralServices;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.referral.Partner;
import nl.baken.referral.ReferralDraft;
import nl.baken.referral.ReferralService;
import nl.baken.referral.ReferralStatus;
import nl.baken.referral.ui.ReferralViewModel.Step;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import nl.baken.ui.BackgroundTasks;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The referral steps without any FX toolkit: a real vault, work on the calling thread. */
class ReferralViewModelTest {

    @TempDir
    Path dir;

    /** A clipboard in memory, and delays that run when the test says so. */
    static final class FakeClipboard implements ReferralViewModel.SecretClipboard, ReferralViewModel.Delay {
        String content;
        final List<Runnable> pending = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();

        @Override
        public void put(String text) {
            content = text;
        }

        @Override
        public boolean holds(String text) {
            return text.equals(content);
        }

        @Override
        public void clear() {
            content = null;
        }

        @Override
        public void after(Duration delay, Runnable action) {
            delays.add(delay);
            pending.add(action);
        }
    }

    private ReferralViewModel model(TestVault vault, String caseId, FakeClipboard clip) {
        ReferralService service = ReferralServices.on(vault.open().store(), new QuestionnaireLibrary(null),
                vault.consent(), vault.audit(), Clock.systemUTC());
        service.ensureNationalPartners(Messages.of("nl"));
        return new ReferralViewModel(service, BackgroundTasks.sameThread(), Messages.of("nl"), caseId, "w1",
                "Wim Werker", clip, clip);
    }

    private static Partner partner(ReferralViewModel m, String id) {
        return m.directory().partners().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void partnerItemsPreviewSavePasswordOnceAndClipboardCleared() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            CaseFile c = ReferralCases.finishedIntake(vault, "shelter");
            FakeClipboard clip = new FakeClipboard();
            ReferralViewModel m = model(vault, c.id(), clip);
            m.load();
            assertThat(m.caseReferenceProperty().get()).isEqualTo(c.reference());
            assertThat(vault.audit().entries()).filteredOn(e -> e.event().equals("REFERRAL_OPEN"))
                    .extracting(e -> e.subject()).containsExactly(c.id());
            assertThat(m.directory().partners()).extracting(Partner::id).contains("comensha", "politie-avim");

            m.directory().select(partner(m, "comensha"));
            m.next();
            assertThat(m.stepProperty().get()).isEqualTo(Step.ITEMS);
            assertThat(m.blockedProperty().get()).isEmpty();
            ReferralDraft draft = m.draftProperty().get();
            assertThat(m.includeName()).isFalse();
            assertThat(m.canPreviewProperty().get()).isTrue();

            // Adding an item outside share needs a reason before the preview.
            String outside = draft.items().stream().filter(i -> !i.shared()).findFirst().orElseThrow().questionId();
            assertThat(m.needsReason(outside)).isTrue();
            m.setIncluded(outside, true);
            assertThat(m.canPreviewProperty().get()).isFalse();
            assertThat(m.errorProperty().get()).isNotEmpty();
            m.setReason(outside, "Nodig voor de opvangplek");
            assertThat(m.canPreviewProperty().get()).isTrue();

            m.preview();
            assertThat(m.stepProperty().get()).isEqualTo(Step.PREVIEW);
            assertThat(m.pagesProperty().get().images()).isNotEmpty();

            Path target = dir.resolve("out.pdf");
            m.save(target);
            assertThat(m.stepProperty().get()).isEqualTo(Step.DONE);
            String password = m.passwordProperty().get();
            assertThat(password).matches("([a-z2-9]{5}-){4}[a-z2-9]{5}");
            Loader.loadPDF(Files.readAllBytes(target), password).close();
            assertThat(m.history().referrals()).singleElement().satisfies(r -> {
                assertThat(r.outsideShare()).extracting(o -> o.questionId()).containsExactly(outside);
                assertThat(r.outsideShare().get(0).reason()).isEqualTo("Nodig voor de opvangplek");
            });

            m.copyPassword();
            assertThat(clip.content).isEqualTo(password);
            assertThat(clip.delays).containsExactly(Duration.ofSeconds(30));
            clip.pending.get(0).run();
            assertThat(clip.content).isNull();

            m.finish();
            assertThat(m.passwordProperty().get()).isNull();
            assertThat(m.stepProperty().get()).isEqualTo(Step.PARTNER);

            m.history().setStatus(m.history().referrals().get(0), ReferralStatus.DECLINED, "Geen plek");
            assertThat(m.history().referrals().get(0).status()).isEqualTo(ReferralStatus.DECLINED);
        }
    }

    @Test
    void theClipboardIsLeftAloneWhenSomethingElseWasCopiedSince() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            CaseFile c = ReferralCases.finishedIntake(vault, "shelter");
            FakeClipboard clip = new FakeClipboard();
            ReferralViewModel m = model(vault, c.id(), clip);
            m.load();
            m.directory().select(partner(m, "comensha"));
            m.next();
            m.preview();
            m.save(dir.resolve("out.pdf"));
            m.copyPassword();
            clip.put("iets anders");
            clip.pending.get(0).run();
            assertThat(clip.content).isEqualTo("iets anders");
        }
    }

    @Test
    void withoutConsentTheItemsStepExplainsAndNothingCanBeSaved() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            CaseFile c = ReferralCases.finishedIntake(vault, "shelter");
            ReferralViewModel m = model(vault, c.id(), new FakeClipboard());
            m.load();
            m.directory().select(partner(m, "politie-avim"));
            m.next();
            // Plain words for the missing consent (issue 10), never its code.
            assertThat(m.blockedProperty().get()).contains("politie", "Delen met de politie")
                    .doesNotContain("share:");
            assertThat(m.canPreviewProperty().get()).isFalse();
            m.save(dir.resolve("x.pdf"));
            assertThat(dir.resolve("x.pdf")).doesNotExist();
        }
    }

    @Test
    void regionalPartnersAreAddedEditedAndRemovedWithAPlainCheck() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            CaseFile c = ReferralCases.finishedIntake(vault);
            ReferralViewModel m = model(vault, c.id(), new FakeClipboard());
            m.load();
            int before = m.directory().partners().size();
            assertThat(m.directory().save(PartnerForm.add(" ", "shelter", null, null, null, null))).isFalse();
            assertThat(m.errorProperty().get()).isEqualTo("Vul de naam van de partner in.");
            assertThat(m.directory().save(PartnerForm.add("Opvang", "shelter", null, null, "geen-adres", null))).isFalse();
            assertThat(m.directory().save(PartnerForm.add("Opvang Regio", "shelter", "Els", "010", "a@b.nl", null)))
                    .isTrue();
            assertThat(m.directory().partners()).hasSize(before + 1);
            Partner added = m.directory().selectedProperty().get();
            assertThat(added.national()).isFalse();
            m.directory().save(new PartnerForm(Optional.of(added.id()), "Opvang Zuid", "shelter", "Els", null, null, null));
            assertThat(m.directory().partners()).extracting(Partner::name).contains("Opvang Zuid");
            m.directory().remove(m.directory().selectedProperty().get());
            assertThat(m.directory().partners()).hasSize(before);

            m.organisation().setName("Gemeente Voorbeeld");
            m.organisation().setContact("010-7654321");
            m.organisation().save();
            ReferralViewModel again = model(vault, c.id(), new FakeClipboard());
            again.load();
            assertThat(again.organisation().nameProperty().get()).isEqualTo("Gemeente Voorbeeld");
        }
    }
}
