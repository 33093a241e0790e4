package nl.baken.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentService;
import nl.baken.consent.ConsentSigner;
import nl.baken.support.TestVault;
import nl.baken.ui.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consent step's rules without an FX toolkit. */
class ConsentViewModelTest {

    @TempDir
    Path dir;

    @Test
    void decisionsAreRecordedAndWithdrawalNeedsAnEarlierYes() {
        try (TestVault vault = TestVault.in(dir)) {
            ConsentService service = vault.consent();
            String caseId = vault.intakes().createCase(Optional.empty(), "w1").id();
            ConsentViewModel vm = new ConsentViewModel(service, BackgroundTasks.sameThread(), caseId, "w1",
                    Optional.of(15), "nl", id -> "Anna");
            vm.load(() -> { });
            assertThat(vm.signerProperty().get()).as("younger than 16: a parent or guardian signs")
                    .isEqualTo(ConsentSigner.PARENT_OR_GUARDIAN);
            assertThat(vm.decide(ConsentPurpose.STORE, ConsentDecision.WITHDRAWN)).isFalse();
            vm.decide(ConsentPurpose.STORE, ConsentDecision.GIVEN);
            vm.decide(ConsentPurpose.share("police"), ConsentDecision.DECLINED);
            vm.decide(ConsentPurpose.COMENSHA, ConsentDecision.GIVEN);
            vm.formReceivedProperty().set(true);
            AtomicReference<Boolean> store = new AtomicReference<>();
            vm.save(store::set);
            assertThat(store.get()).isTrue();
            assertThat(service.isGiven(caseId, ConsentPurpose.STORE)).isTrue();
            assertThat(service.mayShareWith(caseId, "police")).isFalse();
            var comensha = service.current(caseId).get(ConsentPurpose.COMENSHA);
            assertThat(comensha.signedBy()).contains(ConsentSigner.PARENT_OR_GUARDIAN);
            assertThat(comensha.formReceived()).isTrue();
            assertThat(vm.row(ConsentPurpose.STORE).recordedProperty().get()).endsWith("Anna");

            assertThat(vm.decide(ConsentPurpose.STORE, ConsentDecision.WITHDRAWN)).isTrue();
            vm.save(store::set);
            assertThat(store.get()).isFalse();
            assertThat(service.isGiven(caseId, ConsentPurpose.STORE)).isFalse();
        }
    }

    @Test
    void aPersonOfSixteenOrUnknownAgeSignsThemselves() {
        try (TestVault vault = TestVault.in(dir)) {
            ConsentViewModel vm = new ConsentViewModel(vault.consent(), BackgroundTasks.sameThread(), "c", "w1",
                    Optional.of(16), "nl", id -> "");
            assertThat(vm.signerProperty().get()).isEqualTo(ConsentSigner.PERSON);
            assertThat(new ConsentViewModel(vault.consent(), BackgroundTasks.sameThread(), "c", "w1",
                    Optional.empty(), "nl", id -> "").signerProperty().get()).isEqualTo(ConsentSigner.PERSON);
        }
    }
}
