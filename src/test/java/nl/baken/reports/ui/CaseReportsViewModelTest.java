package nl.baken.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.reports.ui.CaseReportsViewModel.Kind;
import nl.baken.session.BundleReportWords;
import nl.baken.session.UnlockedServices;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import nl.baken.ui.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports card's model without an FX toolkit: a refusal in one line, a saved file's password until forgotten. */
class CaseReportsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aRefusalIsOneLineAndASavedFileShowsItsPasswordUntilForgotten() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"));
             UnlockedServices session = UnlockedServices.open(vault.open(), Clock.systemDefaultZone(),
                     dir.resolve("questionnaires"))) {
            CaseFile c = ReferralCases.finishedIntakeBy(session.workerId(), session.intakes(), session.consent());
            Messages nl = Messages.of("nl");
            CaseReportsViewModel vm = new CaseReportsViewModel(session.reports(), new BundleReportWords(nl),
                    BackgroundTasks.sameThread(), nl, c.id(), c.reference(), session.workerId(), "Wim Werker");
            assertThat(vm.suggestedName(Kind.COMENSHA)).isEqualTo("comensha-" + c.reference() + ".pdf");

            Path comensha = dir.resolve("comensha.pdf");
            vm.export(Kind.COMENSHA, comensha);
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.statusProperty().get()).isEqualTo(nl.text("report.comensha.refused.no_consent"));
            assertThat(vm.passwordProperty().get()).isNull();
            assertThat(comensha).doesNotExist();

            Path access = dir.resolve(vm.suggestedName(Kind.ACCESS));
            vm.export(Kind.ACCESS, access);
            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).isEqualTo("De inzage is opgeslagen.");
            assertThat(vm.passwordProperty().get()).matches("([a-z2-9]{5}-){4}[a-z2-9]{5}");
            assertThat(Files.size(access)).isPositive();

            // A folder that does not exist: one line in words, nothing saved, no password.
            vm.export(Kind.ACCESS, dir.resolve("missing").resolve("x.pdf"));
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(vm.statusProperty().get()).isEqualTo(nl.text("referral.error.folder_missing"));
            assertThat(vm.passwordProperty().get()).isNull();

            vm.forgetPassword();
            assertThat(vm.statusProperty().get()).isEmpty();
        }
    }
}
